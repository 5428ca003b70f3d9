using System.Net;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

public sealed class NotFoundTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Theory]
    [InlineData("/nope")]
    [InlineData("/papers/2210.07998/extra")]
    [InlineData("/authors/ada-lovelace/papers")]
    [InlineData("/PAPERS/x/y")]
    [InlineData("/index.html")]
    [InlineData("/not-found")]
    [InlineData("/%F0%9F%98%80")]
    [InlineData("/..%2F..%2Fetc%2Fpasswd")]
    public async Task An_unknown_path_is_404_with_the_layout_and_a_search_box(string url)
    {
        using var page = await _client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("text/html", page.MediaType);
        Assert.Equal("Not found", page.H1.TextContent);
        Assert.Equal("There is no page at this address.", page.Find("main p.lead").TextContent);
        Assert.Equal("Not found · Catalog", page.Title);
        AssertLayoutWithSearchBox(page);
    }

    [Theory]
    [InlineData("/papers/nope", "There is no paper with the id “nope” in the catalog.")]
    [InlineData("/papers/2210.07999", "There is no paper with the id “2210.07999” in the catalog.")]
    [InlineData("/papers/PARALLELS", "There is no paper with the id “PARALLELS” in the catalog.")]
    [InlineData("/papers/%20", "There is no paper with the id “ ” in the catalog.")]
    public async Task An_unknown_paper_is_404_and_names_the_id(string url, string message)
    {
        using var page = await _client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Not found", page.H1.TextContent);
        Assert.Equal(message, page.Find("main p.lead").TextContent);
        AssertLayoutWithSearchBox(page);
    }

    [Theory]
    [InlineData("/authors/nobody", "There is no author “nobody” in the catalog.")]
    [InlineData("/authors/Ada-Lovelace", "There is no author “Ada-Lovelace” in the catalog.")]
    [InlineData("/authors/mario-lu%C4%8Di%C4%87", "There is no author “mario-lučić” in the catalog.")]
    public async Task An_unknown_author_is_404_and_names_the_slug(string url, string message)
    {
        using var page = await _client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Not found", page.H1.TextContent);
        Assert.Equal(message, page.Find("main p.lead").TextContent);
        AssertLayoutWithSearchBox(page);
    }

    [Fact]
    public async Task The_not_found_search_box_finds_papers()
    {
        using var page = await _client.GetPageAsync("/nope");
        var form = page.Find("main form[role=search]");

        using var results = await _client.GetOkPageAsync($"{form.GetAttribute("action")}?{form.QuerySelector("input")!.GetAttribute("name")}=darts");

        Assert.Equal(["2210.07998"], HtmlPage.PaperIds(results.Find("ol.hits")));
    }

    private static void AssertLayoutWithSearchBox(HtmlPage page)
    {
        Assert.NotNull(page.Document.QuerySelector("header.site-header a.brand[href='/']"));
        Assert.NotNull(page.Document.QuerySelector("footer.site-footer"));
        var search = page.Find("main form[role=search]");
        Assert.Equal("/papers", search.GetAttribute("action"));
        Assert.NotNull(search.QuerySelector("input[name=q]"));
        Assert.Equal("/", page.Find("main a[href='/']").GetAttribute("href"));
        Assert.EndsWith(" · Catalog", page.Title, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(page.MetaDescription));
    }
}
