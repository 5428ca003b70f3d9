namespace Catalog.Web.Endpoints;

/// <summary>One URL per page: routing would answer /papers/{id}/ as well as /papers/{id}, so a path with a trailing slash
/// is sent to the same path without it. Scalar's reference page is the exception: it lives at /scalar/.</summary>
public static class CanonicalPaths
{
    public static IApplicationBuilder UseCanonicalPaths(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.Length > 1 && path.EndsWith('/') && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && !path.StartsWith("/scalar/", StringComparison.Ordinal))
        {
            var target = $"{context.Request.PathBase}{path.TrimEnd('/')}{context.Request.QueryString}";
            context.Response.Redirect(target.Length == 0 ? "/" : target, permanent: true);
            return;
        }

        await next(context);
    });
}
