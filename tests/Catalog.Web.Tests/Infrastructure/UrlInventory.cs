using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Catalog.Web.Tests.Infrastructure;

/// <summary>Every URL the app offers, found as a crawler and an API client find them, not from a list kept by hand:
/// robots.txt names the sitemap; the sitemap lists the pages; each page (and each of a few searches) links its exports,
/// feeds, assets and discovery documents; the OpenAPI document lists the API's operations, whose path parameters take
/// the ids the sitemap lists under the same collection (/api/papers/{id} takes the ids of /papers/{id}). A new endpoint
/// joins by being linked from a page, listed in the sitemap or described in the OpenAPI document.</summary>
public static class UrlInventory
{
    public static async Task<IReadOnlyList<string>> FindAsync(HttpClient client, IEnumerable<string> searches)
    {
        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        var sitemap = robots.Split('\n').Select(line => line.Trim()).Single(line => line.StartsWith("Sitemap:", StringComparison.Ordinal))["Sitemap:".Length..].Trim();
        var urls = new SortedSet<string>(StringComparer.Ordinal) { "/robots.txt", Local(sitemap)! };

        var pages = new List<string>();
        await AddSitemapAsync(client, Local(sitemap)!, pages);
        pages.AddRange(searches);
        foreach (var page in pages)
        {
            urls.Add(page);
            var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
            using var document = new HtmlParser().ParseDocument(html);
            var links = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href"))
                .Concat(document.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")));
            urls.UnionWith(links.Select(Local).OfType<string>());
        }

        using var openApi = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        foreach (var path in openApi.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name))
        {
            urls.UnionWith(Instances(path, pages));
        }

        return [.. urls];
    }

    private static async Task AddSitemapAsync(HttpClient client, string url, List<string> pages)
    {
        var xml = XDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
        foreach (var location in xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => Local(e.Value)!))
        {
            if (xml.Root!.Name.LocalName == "sitemapindex")
            {
                await AddSitemapAsync(client, location, pages);
            }
            else
            {
                pages.Add(location);
            }
        }
    }

    /// <summary>An API path with its one parameter filled by every id a page of the same collection has:
    /// /api/papers/{id} by the ids of /papers/{id}.</summary>
    private static IEnumerable<string> Instances(string path, List<string> pages)
    {
        var open = path.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return [path];
        }

        var collection = path[..open].Replace("/api/", "/", StringComparison.Ordinal);
        var ids = pages.Select(page => page.Split('?')[0]).Where(page => page.StartsWith(collection, StringComparison.Ordinal) && page.Length > collection.Length && !page[collection.Length..].Contains('/', StringComparison.Ordinal))
            .Select(page => page[collection.Length..]).ToList();
        Assert.True(ids.Count > 0, $"No page of the sitemap gives {path} an id.");
        return ids.Select(id => path[..open] + id);
    }

    /// <summary>A link's path and query when it stays on this site, else null (other sites, fragments, mailto).</summary>
    private static string? Local(string? href)
    {
        if (string.IsNullOrEmpty(href) || href.StartsWith('#'))
        {
            return null;
        }

        // A relative link resolves to the loopback address the app is served on; a link to another site does not.
        var uri = new Uri(new Uri("http://127.0.0.1/"), href);
        return uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback ? uri.PathAndQuery : null;
    }
}
