namespace Catalog.Web.Endpoints;

/// <summary>The catalog's own address as the request reached it, for the absolute links feeds, sitemaps and citations need.</summary>
public static class SiteAddress
{
    public static Uri Of(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");

    public static string Absolute(HttpRequest request, string relative) => new Uri(Of(request), relative).AbsoluteUri;
}
