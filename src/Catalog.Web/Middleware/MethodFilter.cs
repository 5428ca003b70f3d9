namespace Catalog.Web.Middleware;

/// <summary>The catalog is read-only: GET and HEAD are answered, any other method gets 405 with the methods that are,
/// before routing, so an odd method never reaches a page.</summary>
public sealed class MethodFilter(RequestDelegate next)
{
    public const string Allowed = "GET, HEAD";

    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allowed;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync($"Method not allowed: the catalog answers {Allowed}.");
    }
}
