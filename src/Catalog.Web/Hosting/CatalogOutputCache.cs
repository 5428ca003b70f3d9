using System.Globalization;
using Catalog.Data.Store;

namespace Catalog.Web.Hosting;

/// <summary>Repeated URLs are answered from memory for a minute. Entries are keyed by the catalog's version as well,
/// so a new catalog is never answered from the old one's pages, and the watcher empties the cache when it swaps.</summary>
public static class CatalogOutputCache
{
    public const string Tag = "catalog";

    public static IServiceCollection AddCatalogOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64L * 1024 * 1024;
            // A page is tens of kilobytes; an export of a whole large search is megabytes, and one such entry would push
            // every page out. Larger answers stream uncached (the output cache stops buffering them).
            options.MaximumBodySize = 8L * 1024 * 1024;
            options.AddBasePolicy(policy => policy
                .Expire(TimeSpan.FromMinutes(1))
                .Tag(Tag)
                .SetVaryByQuery("*")
                .VaryByValue(context => new("catalog", context.RequestServices.GetRequiredService<CatalogDatabase>().Version.ToString(CultureInfo.InvariantCulture))));
        });
}
