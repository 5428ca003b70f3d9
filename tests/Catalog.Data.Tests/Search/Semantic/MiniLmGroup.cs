namespace Catalog.Data.Tests.Search.Semantic;

/// <summary>The tests that share <see cref="MiniLmFixture"/>; they run one after another, so two never embed at once
/// on a machine of two cores.</summary>
[CollectionDefinition(Name)]
public sealed class MiniLmGroup : ICollectionFixture<MiniLmFixture>
{
    public const string Name = "MiniLM";
}
