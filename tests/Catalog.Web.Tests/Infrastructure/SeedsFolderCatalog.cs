namespace Catalog.Web.Tests.Infrastructure;

/// <summary>The app over a seeds folder a test has written.</summary>
public sealed class SeedsFolderCatalog(string seeds) : CatalogFactory
{
    public override string Seeds { get; } = seeds;
}
