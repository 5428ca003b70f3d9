using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Catalog.Web.Tests.Infrastructure;

/// <summary>The real app over a real catalog file: the app imports <see cref="Seeds"/> into a new temporary file at start,
/// as it does when the catalog is missing. Production, so errors go through the app's own error page and static assets
/// are served the way the app itself arranges it.</summary>
public abstract class CatalogFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"catalog-web-tests-{Guid.NewGuid():N}");

    protected CatalogFactory()
    {
        Directory.CreateDirectory(_folder);
    }

    public abstract string Seeds { get; }

    public string Db => Path.Combine(_folder, "catalog.db");

    /// <summary>A folder for the factory's own files, deleted with it.</summary>
    protected string TempFolder => _folder;

    public HttpClient CreatePageClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Catalog:Seeds", Seeds);
        builder.UseSetting("Catalog:Db", Db);
        // Embedding loads a 90 MB model and keeps a core busy; the tests of meaning turn it on.
        builder.UseSetting("Catalog:Semantic", "false");
    }
}
