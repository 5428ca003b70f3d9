using System.Net;
using System.Xml.Linq;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests;

public sealed class DiscoveryTests(GeneratedCatalog catalog) : IClassFixture<GeneratedCatalog>
{
    private static readonly XNamespace s_sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace s_openSearch = "http://a9.com/-/spec/opensearch/1.1/";

    private readonly HttpClient _client = catalog.CreatePageClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/papers?q=paging")]
    [InlineData("/authors")]
    [InlineData("/no-such-page")]
    public async Task Every_page_links_the_OpenSearch_description(string url)
    {
        using var page = await _client.GetPageAsync(url);

        Assert.Equal("/opensearch.xml", page.Find("head link[rel=search][type='application/opensearchdescription+xml']").GetAttribute("href"));
    }

    [Fact]
    public async Task The_OpenSearch_description_has_a_search_terms_template_for_the_results_page()
    {
        var xml = await LoadAsync("/opensearch.xml", "application/opensearchdescription+xml");

        var html = xml.Root!.Elements(s_openSearch + "Url").Single(u => (string?)u.Attribute("type") == "text/html");
        Assert.Equal("http://localhost/papers?q={searchTerms}", (string?)html.Attribute("template"));
        Assert.Equal("Catalog", xml.Root.Element(s_openSearch + "ShortName")?.Value);
    }

    [Fact]
    public async Task The_sitemap_lists_the_index_pages_every_paper_and_every_author()
    {
        var xml = await LoadAsync("/sitemap.xml", "application/xml");

        var urls = xml.Root!.Elements(s_sitemap + "url").Select(u => u.Element(s_sitemap + "loc")!.Value).ToList();
        Assert.Equal("urlset", xml.Root.Name.LocalName);
        Assert.Contains("http://localhost/papers", urls);
        Assert.Equal(GeneratedCatalog.PaperCount, urls.Count(u => u.StartsWith("http://localhost/papers/", StringComparison.Ordinal)));
        Assert.Contains("http://localhost/authors/pat-pager", urls);
        Assert.Equal(urls.Count, urls.Distinct().Count());
    }

    [Fact]
    public async Task Past_the_limit_the_sitemap_is_an_index_of_parts_that_together_list_every_url()
    {
        var whole = (await LoadAsync("/sitemap.xml", "application/xml")).Root!.Elements(s_sitemap + "url").Select(u => u.Element(s_sitemap + "loc")!.Value).ToList();
        await using var small = catalog.WithWebHostBuilder(b => b.UseSetting("Catalog:SitemapUrls", "100"));
        using var client = small.CreateClient();

        var index = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var parts = index.Root!.Elements(s_sitemap + "sitemap").Select(s => new Uri(s.Element(s_sitemap + "loc")!.Value).AbsolutePath).ToList();
        var listed = new List<string>();
        foreach (var part in parts)
        {
            var urls = XDocument.Parse(await client.GetStringAsync(new Uri(part, UriKind.Relative))).Root!.Elements(s_sitemap + "url").ToList();
            Assert.InRange(urls.Count, 1, 100);
            listed.AddRange(urls.Select(u => u.Element(s_sitemap + "loc")!.Value));
        }

        Assert.Equal("sitemapindex", index.Root.Name.LocalName);
        Assert.Equal((whole.Count + 99) / 100, parts.Count);
        Assert.Equal(whole, listed);
        using var pastTheEnd = await client.GetAsync(new Uri($"/sitemap-{parts.Count + 1}.xml", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, pastTheEnd.StatusCode);
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap()
    {
        var robots = await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Contains("Sitemap: http://localhost/sitemap.xml\n", robots, StringComparison.Ordinal);
        Assert.StartsWith("User-agent: *\n", robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/papers/gen-01/", "/papers/gen-01")]
    [InlineData("/authors/pat-pager/?x=1", "/authors/pat-pager?x=1")]
    [InlineData("/papers/", "/papers")]
    public async Task A_trailing_slash_redirects_to_the_one_url_of_the_page(string url, string target)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location?.OriginalString);
    }

    private async Task<XDocument> LoadAsync(string url, string mediaType)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
