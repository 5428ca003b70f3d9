using Catalog.Data.Store;

namespace Catalog.Web.Middleware;

/// <summary>Answers 503 with a message and Retry-After when the catalog file cannot be read (moved away while the app
/// runs, say), instead of the error page's 500: the request was fine, and the same request works once the file is back.</summary>
public sealed class CatalogUnavailableResponse(RequestDelegate next, ILogger<CatalogUnavailableResponse> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (CatalogUnavailableException ex) when (!context.Response.HasStarted)
        {
            logger.LogError("{Message}", ex.Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "10";
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("The catalog is not available at the moment; please try again shortly.");
        }
    }
}
