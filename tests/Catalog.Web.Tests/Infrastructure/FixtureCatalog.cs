namespace Catalog.Web.Tests.Infrastructure;

/// <summary>The app over Fixtures/seeds: six hand-written papers, each there for a reason its INDEX.md gives.</summary>
public sealed class FixtureCatalog : CatalogFactory
{
    public override string Seeds { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds");
}
