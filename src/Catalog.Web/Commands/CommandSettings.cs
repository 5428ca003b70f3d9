using Catalog.Web.Hosting;
using Catalog.Web.Settings;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Commands;

/// <summary>The catalog's settings for a command that works on the seeds alone (add, check): read and checked as the
/// app reads them, without the web host.</summary>
public static class CommandSettings
{
    /// <returns>The settings, or null when one is bad (it is then named on stderr).</returns>
    public static CatalogOptions? Read(string[] hostArguments)
    {
        try
        {
            using var host = CatalogHostingExtensions.CreateSettingsBuilder(hostArguments).AddCatalogSettings().Build();
            host.ValidateSettings();
            return host.Services.GetRequiredService<IOptions<CatalogOptions>>().Value;
        }
        catch (Exception ex) when (CatalogCommandLine.IsBadSetting(ex))
        {
            Console.Error.WriteLine($"Bad setting: {ex.Message}");
            return null;
        }
    }
}
