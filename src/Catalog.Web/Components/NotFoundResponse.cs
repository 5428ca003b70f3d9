using Microsoft.AspNetCore.Diagnostics;

namespace Catalog.Web.Components;

/// <summary>Answers a request with 404 while keeping the page's own message, such as "no paper with the id …".</summary>
public static class NotFoundResponse
{
    public static void MarkNotFound(this HttpContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        // The page renders its own not-found content; the status code pages middleware must not replace it.
        context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
    }
}
