namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>Every browser test class joins this collection, so they share one <see cref="BrowserFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Shared browser and server";
}
