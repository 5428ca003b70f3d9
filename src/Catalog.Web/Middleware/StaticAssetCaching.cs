using Microsoft.AspNetCore.StaticAssets;

namespace Catalog.Web.Middleware;

/// <summary>A fingerprinted asset (<c>app.{hash}.css</c>, what <c>@Assets[...]</c> links to) never changes under its
/// name, so browsers and CDNs may keep it for a year. A publish's manifest says so already; the build output's manifest
/// says no-cache, and tests, benchmarks and <c>dotnet run</c> serve from the build output.</summary>
public sealed class StaticAssetCaching(RequestDelegate next)
{
    public const string Immutable = "public, max-age=31536000, immutable";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is { } asset
            && asset.Properties.Any(p => p.Name == "fingerprint") && asset.Route.Contains(Fingerprint(asset), StringComparison.Ordinal))
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                {
                    context.Response.Headers.CacheControl = Immutable;
                }

                return Task.CompletedTask;
            });
        }

        return next(context);
    }

    private static string Fingerprint(StaticAssetDescriptor asset) => asset.Properties.First(p => p.Name == "fingerprint").Value;
}
