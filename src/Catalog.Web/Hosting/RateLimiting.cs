using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Catalog.Web.Settings;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Hosting;

/// <summary>Limits each client's searches, exports and API calls to <c>Catalog:RateLimit:PermitsPerMinute</c> (0: no
/// limit); more answer 429 with Retry-After. Pages of single papers and authors and the static assets are not limited:
/// they are cheap and cached. Behind a proxy named in <c>Catalog:Proxy</c> the client is the forwarded address.</summary>
public static class RateLimiting
{
    private static readonly string[] s_exportExtensions = [".bib", ".ris", ".atom", ".json", ".xml", ".csv"];

    public static IServiceCollection AddCatalogRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, settings) =>
        {
            var permits = settings.Value.PermitsPerMinute;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                permits == 0 || !IsLimited(context.Request.Path)
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permits,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }));
            limiter.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var response = rejected.HttpContext.Response;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                response.ContentType = "text/plain; charset=utf-8";
                return new ValueTask(response.WriteAsync($"Too many requests: at most {permits} searches a minute. Try again in a moment.", rejected.HttpContext.RequestAborted));
            };
        });
        return services.AddRateLimiter(_ => { });
    }

    public static WebApplication UseCatalogRateLimiting(this WebApplication app)
    {
        // Without a configured proxy the forwarded headers are anyone's to send, so they are not read at all.
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.IsConfigured)
        {
            app.UseForwardedHeaders();
        }

        app.UseRateLimiter();
        return app;
    }

    /// <summary>The search (<c>/papers</c> with its query), anything under <c>/api</c>, and exports named by their
    /// file extension: routes added later fall under the limit by their shape.</summary>
    public static bool IsLimited(PathString path) =>
        path.Equals("/papers", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || s_exportExtensions.Any(extension => path.Value!.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "";
}
