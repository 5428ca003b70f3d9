using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Catalog.Data.Store;
using Catalog.Web.Settings;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Catalog.Web.Middleware;

/// <summary>Gives every page and export an ETag and a Cache-Control that lets a proxy or CDN keep it for a short time,
/// and answers 304 to an If-None-Match that still holds. An answer depends only on the URL, the catalog and the app's
/// build, so the tag is a hash of the three and is known before anything is rendered: a revalidation costs no query.
/// Answers that carry their own validator (the static assets), that must not be stored (health) and answers other
/// than 200 are left as they are.</summary>
public sealed class ConditionalRequests(RequestDelegate next, CatalogDatabase database, IOptions<CatalogOptions> options)
{
    private static readonly string s_build = Assembly.GetExecutingAssembly().ManifestModule.ModuleVersionId.ToString("N");
    private readonly string _cacheControl = $"public, max-age={options.Value.PageCacheSeconds}";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return next(context);
        }

        var tag = Tag(request);
        if (request.Headers.IfNoneMatch.Count > 0 && Matches(request, tag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = tag;
            context.Response.Headers.CacheControl = _cacheControl;
            return Task.CompletedTask;
        }

        context.Response.OnStarting(() =>
        {
            var response = context.Response;
            if (response.StatusCode == StatusCodes.Status200OK && response.Headers.ETag.Count == 0
                && !response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase))
            {
                response.Headers.ETag = tag;
                if (response.Headers.CacheControl.Count == 0)
                {
                    response.Headers.CacheControl = _cacheControl;
                }
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private string Tag(HttpRequest request)
    {
        var key = $"{s_build}\n{database.VersionTag}\n{request.Path}{request.QueryString}";
        // Weak: the same page is sent as Brotli, gzip or plain text, which are equal but not byte-identical.
        return $"W/\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 12))}\"";
    }

    private static bool Matches(HttpRequest request, string tag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Compare(EntityTagHeaderValue.Parse(tag), useStrongComparison: false));
}
