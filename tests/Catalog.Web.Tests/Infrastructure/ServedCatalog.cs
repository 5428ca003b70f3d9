using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Catalog.Web.Tests.Infrastructure;

/// <summary>The app on a real Kestrel socket at 127.0.0.1 over a writable copy of Fixtures/seeds, with the settings a
/// test class gives: what a client, a proxy or an attacker meets, Server header and raw bytes included.</summary>
public class ServedCatalog : CatalogFactory
{
    private readonly Dictionary<string, string?> _settings;

    public ServedCatalog()
        : this([])
    {
    }

    /// <param name="settings">The app's settings for the test class.</param>
    /// <param name="time">The app's clock, when the test moves it.</param>
    /// <param name="writeSeeds">Writes the seeds into the folder it is given; a copy of Fixtures/seeds when null.</param>
    protected ServedCatalog(Dictionary<string, string?> settings, FakeTimeProvider? time = null, Action<string>? writeSeeds = null)
    {
        _settings = settings;
        Time = time;
        Seeds = Path.Combine(TempFolder, "seeds");
        (writeSeeds ?? CopyFixture)(Seeds);
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        BaseAddress = new Uri(addresses.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reports no address."));
    }

    public override string Seeds { get; }

    /// <summary>The server's address, such as http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    public int Port => BaseAddress.Port;

    /// <summary>The app's clock, when the test moves it.</summary>
    public FakeTimeProvider? Time { get; }

    /// <summary>A client of the real socket that follows no redirects and decompresses nothing.</summary>
    public HttpClient CreateSocketClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (Time is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
        }
    }

    private static void CopyFixture(string seeds)
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds");
        foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(seeds, Path.GetRelativePath(fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
