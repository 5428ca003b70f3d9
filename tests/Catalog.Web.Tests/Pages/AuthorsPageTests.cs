using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

public sealed class AuthorsPageTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task Every_author_is_listed_by_name_with_their_count_of_papers()
    {
        using var page = await _client.GetOkPageAsync("/authors");

        Assert.Equal("Authors", page.H1.TextContent);
        Assert.Equal("7 authors", page.Find("p.result-count").TextContent);
        Assert.Equal(
            ["Ada Lovelace 4", "Alan Turing 2", "Eve Mallory 1", "Grace Hopper 3", "Mario Lučić 2", "Neil Houlsby 1", "Yi Tay 1"],
            page.FindAll("ol.author-list li").Select(HtmlPage.Text));
        Assert.Equal("name", page.Find("nav.sort a[aria-current=true]").TextContent);
        Assert.Empty(page.FindAll("nav.pager"));
    }

    [Fact]
    public async Task Each_author_links_to_their_page()
    {
        using var page = await _client.GetOkPageAsync("/authors");

        Assert.Equal(
            ["/authors/ada-lovelace", "/authors/alan-turing", "/authors/eve-mallory", "/authors/grace-hopper", "/authors/mario-lucic", "/authors/neil-houlsby", "/authors/yi-tay"],
            page.FindAll("ol.author-list li a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("sort=papers")]
    [InlineData("sort=PAPERS")]
    public async Task Sorting_by_papers_puts_the_most_frequent_first(string sort)
    {
        using var page = await _client.GetOkPageAsync("/authors?" + sort);

        Assert.Equal(
            ["Ada Lovelace 4", "Grace Hopper 3", "Alan Turing 2", "Mario Lučić 2", "Eve Mallory 1", "Neil Houlsby 1", "Yi Tay 1"],
            page.FindAll("ol.author-list li").Select(HtmlPage.Text));
        Assert.Equal("papers", page.Find("nav.sort a[aria-current=true]").TextContent);
        Assert.Equal("papers", page.Find("form.filter-form input[type=hidden][name=sort]").GetAttribute("value"));
    }

    [Theory]
    [InlineData("a", new[] { "Ada Lovelace", "Alan Turing" })]
    [InlineData("A", new[] { "Ada Lovelace", "Alan Turing" })]
    [InlineData("  ada ", new[] { "Ada Lovelace" })]
    [InlineData("hou", new[] { "Neil Houlsby" })]
    [InlineData("lu", new[] { "Mario Lučić" })]
    [InlineData("Luč", new[] { "Mario Lučić" })]
    [InlineData("grace h", new[] { "Grace Hopper" })]
    public async Task A_prefix_narrows_the_list_to_names_or_later_words_starting_with_it(string prefix, string[] names)
    {
        using var page = await _client.GetOkPageAsync("/authors?q=" + PageClient.Query(prefix));

        Assert.Equal(names, page.FindAll("ol.author-list li a").Select(a => a.TextContent));
        Assert.Equal(
            $"{names.Length} {(names.Length == 1 ? "author" : "authors")} with a name starting “{prefix.Trim()}”",
            page.Find("p.result-count").TextContent);
        Assert.Equal(prefix, page.Find("#author-prefix").GetAttribute("value"));
    }

    [Theory]
    [InlineData("lucic")]
    [InlineData("LUCIC")]
    [InlineData("mario luc")]
    public async Task A_prefix_without_diacritics_finds_a_name_with_them(string prefix)
    {
        using var page = await _client.GetOkPageAsync("/authors?q=" + PageClient.Query(prefix));

        Assert.Equal(["Mario Lučić"], page.FindAll("ol.author-list li a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Sort_links_keep_the_prefix()
    {
        using var page = await _client.GetOkPageAsync("/authors?q=a&sort=papers");

        Assert.Equal(["/authors?q=a", "/authors?q=a&sort=family", "/authors?q=a&sort=papers"], page.FindAll("nav.sort a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Ada Lovelace", "Alan Turing"], page.FindAll("ol.author-list li a").Select(a => a.TextContent));
    }

    [Theory]
    [InlineData("zzz")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    [InlineData("' OR 1=1 --")]
    public async Task A_prefix_no_name_starts_with_says_so(string prefix)
    {
        using var page = await _client.GetOkPageAsync("/authors?q=" + PageClient.Query(prefix));

        Assert.Empty(page.FindAll("ol.author-list"));
        Assert.Equal($"0 authors with a name starting “{prefix}”", page.Find("p.result-count").TextContent);
        Assert.Equal($"No author’s name starts with “{prefix}”. See all authors.", HtmlPage.Text(page.Find("p.empty")));
        Assert.Equal("/authors", page.Find("p.empty a").GetAttribute("href"));
    }

    [Fact]
    public async Task The_form_finds_authors_by_get()
    {
        using var page = await _client.GetOkPageAsync("/authors");

        var form = page.Find("main form.filter-form");
        Assert.Equal(("get", "/authors"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.Equal("q", form.QuerySelector("input[type=search]")!.GetAttribute("name"));
        Assert.Empty(form.QuerySelectorAll("input[type=hidden]"));
    }
}
