namespace Catalog.Web.Components.Responses;

/// <summary>Answers a page's request with a permanent redirect, for an old address of something that lives elsewhere
/// now: search engines and bookmarks move to the new one. The page then renders nothing of its own.</summary>
public static class PermanentRedirect
{
    public static void RedirectPermanently(this HttpContext? context, string location)
    {
        if (context is null)
        {
            return;
        }

        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = location;
    }
}
