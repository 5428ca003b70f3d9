using Catalog.Web.Hosting;
using Catalog.Web.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Tests.Hosting;

/// <summary><c>import</c> builds a host of the settings alone, not the site; it must read the settings from where the
/// server reads them, and come to the same values.</summary>
public sealed class SettingsHostTests
{
    private static readonly string[] s_arguments = ["--Catalog:Db=elsewhere.db", "--Catalog:Seeds=/no/such/seeds", "--environment=Staging"];

    [Fact]
    public void The_settings_host_reads_the_sources_the_web_host_reads_in_the_same_order()
    {
        var web = CatalogHostingExtensions.CreateBuilder(s_arguments);
        var settings = CatalogHostingExtensions.CreateSettingsBuilder(s_arguments);

        var webSources = ((IConfigurationRoot)web.Configuration).Providers.ToList();
        // The web host puts its own settings last (application name, hosting startup assemblies); none is the app's.
        var webHostSettings = Assert.IsType<ChainedConfigurationProvider>(webSources[^1]);
        Assert.DoesNotContain(webHostSettings.Configuration.AsEnumerable(), s => s.Key.StartsWith(CatalogOptions.Section, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(Names(webSources[..^1]), Names(((IConfigurationRoot)settings.Configuration).Providers));
        Assert.Equal((web.Environment.EnvironmentName, web.Environment.ContentRootPath, web.Environment.ApplicationName),
            (settings.Environment.EnvironmentName, settings.Environment.ContentRootPath, settings.Environment.ApplicationName));
    }

    [Fact]
    public void The_settings_host_comes_to_the_settings_the_web_host_comes_to()
    {
        using var web = CatalogHostingExtensions.CreateBuilder(s_arguments).AddCatalog().Build();
        using var settings = CatalogHostingExtensions.CreateSettingsBuilder(s_arguments).AddCatalogSettings().Build();

        Assert.Equal(Settings(web.Services), Settings(settings.Services));
    }

    /// <summary>A provider's name says its kind and what it reads: "JsonConfigurationProvider for 'appsettings.json'
    /// (Optional)", "EnvironmentVariablesConfigurationProvider Prefix: 'ASPNETCORE_'".</summary>
    private static string[] Names(IEnumerable<IConfigurationProvider> providers) => [.. providers.Select(p => p.ToString()!)];

    private static string Settings(IServiceProvider services)
    {
        var catalog = services.GetRequiredService<IOptions<CatalogOptions>>().Value;
        var rateLimit = services.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var proxy = services.GetRequiredService<IOptions<ProxyOptions>>().Value;
        return string.Join(" | ", catalog.Seeds, catalog.Db, catalog.Watch, catalog.WatchInterval, catalog.PageCacheSeconds,
            rateLimit.PermitsPerMinute, string.Join(",", proxy.KnownProxies), string.Join(",", proxy.KnownNetworks));
    }
}
