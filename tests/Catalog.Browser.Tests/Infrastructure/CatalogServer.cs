using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>The real app on Kestrel at 127.0.0.1 over the repository's seeds/, imported into a new temporary catalog
/// file at start, as the app does when the file is missing. Production, as a visitor meets it; static web assets are
/// switched on explicitly, since only Development and published apps serve them otherwise.</summary>
public sealed class CatalogServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"catalog-browser-tests-{Guid.NewGuid():N}");

    public CatalogServer()
    {
        Directory.CreateDirectory(_folder);
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The server's address, such as http://127.0.0.1:41234/; set by <see cref="Start"/>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        BaseAddress = new Uri(addresses.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reports no address."));
    }

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
        builder.UseSetting("Catalog:Seeds", RepositoryFolders.Seeds);
        builder.UseSetting("Catalog:Db", Path.Combine(_folder, "catalog.db"));
        builder.UseSetting("Catalog:Semantic", "false");
    }
}
