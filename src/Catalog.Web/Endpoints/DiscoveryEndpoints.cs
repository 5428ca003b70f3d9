using System.Xml;
using Catalog.Components;
using Catalog.Data.Queries;

namespace Catalog.Web.Endpoints;

/// <summary>What lets browsers and crawlers find their way: the OpenSearch description, the sitemap and robots.txt.</summary>
public static class DiscoveryEndpoints
{
    /// <summary>The sitemap protocol's limit of URLs a file; a larger catalog gets a sitemap index. Catalog:SitemapUrls
    /// lowers it (the tests do, to see the index without 50,000 papers).</summary>
    public const int MaxSitemapUrls = 50_000;

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder app)
    {
        app.MapGet(CatalogUrls.OpenSearch, OpenSearch).ExcludeFromDescription();
        app.MapGet(CatalogUrls.Robots, (HttpRequest request) => Results.Text(
            $"User-agent: *\nAllow: /\nSitemap: {SiteAddress.Absolute(request, CatalogUrls.Sitemap)}\n", "text/plain", CitationFile.Utf8)).ExcludeFromDescription();
        app.MapGet(CatalogUrls.Sitemap, (HttpContext context) => Sitemap(context, part: null)).ExcludeFromDescription();
        app.MapGet("/sitemap-{part:int}.xml", (int part, HttpContext context) => Sitemap(context, part)).ExcludeFromDescription();
        return app;
    }

    private static async Task OpenSearch(HttpContext context)
    {
        var request = context.Request;
        context.Response.ContentType = "application/opensearchdescription+xml; charset=utf-8";
        await using var xml = XmlWriter.Create(context.Response.Body, Settings());
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "OpenSearchDescription", "http://a9.com/-/spec/opensearch/1.1/");
        await xml.WriteElementStringAsync(null, "ShortName", null, "Catalog");
        await xml.WriteElementStringAsync(null, "Description", null, "Search the catalog's papers by title, author and abstract.");
        await xml.WriteElementStringAsync(null, "InputEncoding", null, "UTF-8");
        // The template's {searchTerms} must stay as it is: it is appended after the escaped part of the URL.
        await SearchUrl(xml, "text/html", SiteAddress.Absolute(request, CatalogUrls.Papers));
        await SearchUrl(xml, "application/atom+xml", SiteAddress.Absolute(request, CatalogUrls.PapersFeed));
        await SearchUrl(xml, "application/json", SiteAddress.Absolute(request, CatalogUrls.ApiPapers));
        await xml.WriteStartElementAsync(null, "Url", null);
        await xml.WriteAttributeStringAsync(null, "type", null, "application/opensearchdescription+xml");
        await xml.WriteAttributeStringAsync(null, "rel", null, "self");
        await xml.WriteAttributeStringAsync(null, "template", null, SiteAddress.Absolute(request, CatalogUrls.OpenSearch));
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static async Task SearchUrl(XmlWriter xml, string type, string path)
    {
        await xml.WriteStartElementAsync(null, "Url", null);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "template", null, $"{path}?{SearchParameters.Query}={{searchTerms}}");
        await xml.WriteEndElementAsync();
    }

    /// <summary>The home, papers and authors pages, every paper and every person. Up to the limit, one file; past it,
    /// an index of parts, each part the next slice of the same sequence.</summary>
    private static async Task Sitemap(HttpContext context, int? part)
    {
        var services = context.RequestServices;
        var limit = services.GetRequiredService<IConfiguration>().GetValue("Catalog:SitemapUrls", MaxSitemapUrls);
        var info = services.GetRequiredService<CatalogQueries>().Info();
        var total = 3 + info.PaperCount + info.AuthorCount;
        var parts = (int)((total + limit - 1) / limit);
        if (part is { } p && (parts == 1 || p < 1 || p > parts))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/xml; charset=utf-8";
        await using var xml = XmlWriter.Create(context.Response.Body, Settings());
        await xml.WriteStartDocumentAsync();
        if (part is null && parts > 1)
        {
            await xml.WriteStartElementAsync(null, "sitemapindex", SitemapNamespace);
            for (var n = 1; n <= parts; n++)
            {
                await Location(xml, "sitemap", SiteAddress.Absolute(context.Request, CatalogUrls.SitemapPart(n)));
            }
        }
        else
        {
            await xml.WriteStartElementAsync(null, "urlset", SitemapNamespace);
            var export = services.GetRequiredService<PaperExport>();
            var paths = new[] { CatalogUrls.Home, CatalogUrls.Papers, CatalogUrls.Authors() }
                .Concat(export.PaperIds().Select(CatalogUrls.Paper))
                .Concat(export.AuthorSlugs().Select(CatalogUrls.Author));
            foreach (var path in paths.Skip(((part ?? 1) - 1) * limit).Take(limit))
            {
                await Location(xml, "url", SiteAddress.Absolute(context.Request, path));
            }
        }

        await xml.WriteEndDocumentAsync();
    }

    private static async Task Location(XmlWriter xml, string element, string url)
    {
        await xml.WriteStartElementAsync(null, element, SitemapNamespace);
        await xml.WriteElementStringAsync(null, "loc", SitemapNamespace, url);
        await xml.WriteEndElementAsync();
    }

    private static XmlWriterSettings Settings() => new() { Async = true, Encoding = CitationFile.Utf8, Indent = true };
}
