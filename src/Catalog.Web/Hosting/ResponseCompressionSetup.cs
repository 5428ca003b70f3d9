using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Catalog.Web.Hosting;

/// <summary>Brotli, then gzip, for every text answer: pages, JSON, XML and feeds, BibTeX, RIS and CSL-JSON. Static assets are
/// precompressed at build and served as they are. Compression over HTTPS is safe here: no answer mixes a secret with
/// text an attacker chooses (BREACH needs both).</summary>
public static class ResponseCompressionSetup
{
    public static readonly string[] MimeTypes =
    [
        .. ResponseCompressionDefaults.MimeTypes,
        "application/atom+xml",
        "application/rss+xml",
        "application/x-bibtex",
        "application/x-research-info-systems",
        "application/vnd.citationstyles.csl+json",
        "image/svg+xml",
    ];

    public static IServiceCollection AddCatalogCompression(this IServiceCollection services)
    {
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = MimeTypes;
        });
    }
}
