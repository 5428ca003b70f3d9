using Microsoft.AspNetCore.Hosting;

namespace Catalog.Web.Tests.Infrastructure;

/// <summary>The app over Fixtures/seeds with meaning on (<c>Catalog:Semantic</c>), which the other hosts turn off.</summary>
public sealed class SemanticCatalog : CatalogFactory
{
    public override string Seeds { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Catalog:Semantic", "true");
    }
}
