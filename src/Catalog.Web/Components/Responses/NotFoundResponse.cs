namespace Catalog.Web.Components.Responses;

/// <summary>Answers a request with 404 and the site's not-found page, keeping the page's own reason, such as
/// "no paper with the id …". Static rendering drops the output of a page that sets 404, so that the status code pages
/// middleware can re-execute the request at /not-found; the reason travels there in <see cref="HttpContext.Items"/>.</summary>
public static class NotFoundResponse
{
    private static readonly object s_reasonKey = new();

    public static void MarkNotFound(this HttpContext? context, NotFoundReason? reason = null)
    {
        if (context is null)
        {
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        if (reason is not null)
        {
            context.Items[s_reasonKey] = reason;
        }
    }

    /// <summary>The reason a page gave for its 404, if any.</summary>
    public static NotFoundReason? NotFoundReason(this HttpContext? context) =>
        context is not null && context.Items.TryGetValue(s_reasonKey, out var reason) ? reason as NotFoundReason : null;
}
