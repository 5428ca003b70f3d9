using System.Net;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

/// <summary>Paging over a generated catalog of 45 papers: 20 a page, so three pages.</summary>
public sealed class PaperSearchPagingTests(GeneratedCatalog catalog) : IClassFixture<GeneratedCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task The_first_page_shows_twenty_papers_and_a_pager()
    {
        using var page = await _client.GetOkPageAsync("/papers");

        Assert.Equal("45 papers (showing 1–20)", page.Find("p.result-count").TextContent);
        Assert.Equal(Enumerable.Range(26, 20).Reverse().Select(GeneratedCatalog.Id), HtmlPage.PaperIds(page.Find("ol.hits")));
        Assert.Equal("1", page.Find("ol.hits").GetAttribute("start"));
        Assert.Equal("← Previous", page.Find("nav.pager span.disabled").TextContent);
        Assert.Equal("/papers?page=2", page.Find("nav.pager a[rel=next]").GetAttribute("href"));
        Assert.Equal(["1", "2", "3"], page.FindAll("nav.pager a[aria-label]").Select(a => a.TextContent));
        Assert.Equal("1", page.Find("nav.pager a[aria-current=page]").TextContent);
    }

    [Fact]
    public async Task Later_pages_continue_the_numbering_and_link_both_ways()
    {
        using var page = await _client.GetOkPageAsync("/papers?page=2");

        Assert.Equal("45 papers (showing 21–40)", page.Find("p.result-count").TextContent);
        Assert.Equal("21", page.Find("ol.hits").GetAttribute("start"));
        Assert.Equal("/papers", page.Find("nav.pager a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/papers?page=3", page.Find("nav.pager a[rel=next]").GetAttribute("href"));
        Assert.Equal("2", page.Find("nav.pager a[aria-current=page]").TextContent);
    }

    [Fact]
    public async Task The_last_page_holds_the_rest_and_has_no_next_link()
    {
        using var page = await _client.GetOkPageAsync("/papers?page=3");

        Assert.Equal("45 papers (showing 41–45)", page.Find("p.result-count").TextContent);
        Assert.Equal(5, HtmlPage.PaperIds(page.Find("ol.hits")).Count);
        Assert.Empty(page.FindAll("nav.pager a[rel=next]"));
        Assert.Equal("Next →", page.Find("nav.pager span.disabled").TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=paging&")]
    [InlineData("q=paging&sort=title&")]
    [InlineData("author=pat-pager&sort=oldest&")]
    public async Task The_pages_together_hold_every_paper_once(string query)
    {
        var ids = new List<string>();
        for (var n = 1; n <= 3; n++)
        {
            using var page = await _client.GetOkPageAsync($"/papers?{query}page={n}");
            ids.AddRange(HtmlPage.PaperIds(page.Find("ol.hits")));
        }

        Assert.Equal(GeneratedCatalog.PaperCount, ids.Count);
        Assert.Equal(GeneratedCatalog.PaperCount, ids.Distinct().Count());
    }

    [Fact]
    public async Task Pager_links_keep_the_query_filters_and_sort()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=paging&author=pat-pager&sort=title&page=2");

        Assert.Equal("45 papers match “paging” (showing 21–40)", page.Find("p.result-count").TextContent);
        Assert.Equal(Enumerable.Range(21, 20).Select(GeneratedCatalog.Id), HtmlPage.PaperIds(page.Find("ol.hits")));
        Assert.Equal("/papers?q=paging&author=pat-pager&sort=title", page.Find("nav.pager a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/papers?q=paging&author=pat-pager&sort=title&page=3", page.Find("nav.pager a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public async Task Sort_and_filter_links_go_back_to_the_first_page()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=paging&page=2");

        var links = page.FindAll("nav.sort a, aside.filters li a, ul.chips a");
        Assert.NotEmpty(links);
        Assert.All(links, a => Assert.DoesNotContain("page=", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_past_the_end_is_not_found_and_links_to_the_first_page()
    {
        using var page = await _client.GetPageAsync("/papers?q=paging&page=4");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Not found", page.H1.TextContent);
        Assert.Equal("There is no page 4; the results end on page 3.", page.Find("main p.lead").TextContent);
        var first = page.FindAll("main a").Single(a => a.TextContent == "Go to the first page");
        Assert.Equal("/papers?q=paging", first.GetAttribute("href"));
    }

    [Fact]
    public async Task Showing_every_author_in_the_facet_keeps_the_page()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=paging&page=2");

        Assert.Equal("/papers?q=paging&more=authors&page=2", page.Find("a.facet-more").GetAttribute("href"));
    }

    [Fact]
    public async Task The_author_facet_shows_the_top_authors_and_a_link_to_all_of_them()
    {
        using var page = await _client.GetOkPageAsync("/papers");

        var authors = page.FindAll("#facet-authors + ul a");
        Assert.Equal(20, authors.Length);
        Assert.Equal("Pat Pager 45", HtmlPage.Text(authors[0]));
        Assert.Equal("/papers?more=authors", page.Find("a.facet-more").GetAttribute("href"));

        using var all = await _client.GetOkPageAsync("/papers?more=authors");
        Assert.Equal(1 + (3 * GeneratedCatalog.PaperCount), all.FindAll("#facet-authors + ul a").Length);
        Assert.Empty(all.FindAll("a.facet-more"));
    }

    [Fact]
    public async Task The_home_page_shows_the_ten_newest_and_links_to_all_papers()
    {
        using var page = await _client.GetOkPageAsync("/");

        var newest = page.Find("section[aria-labelledby=newest-papers]");
        Assert.Equal(Enumerable.Range(36, 10).Reverse().Select(GeneratedCatalog.Id), HtmlPage.PaperIds(newest));
        var all = newest.QuerySelector("p > a")!;
        Assert.Equal(("All 45 papers →", "/papers"), (all.TextContent, all.GetAttribute("href")));
    }

    [Fact]
    public async Task The_year_facet_lists_every_year_newest_first()
    {
        using var page = await _client.GetOkPageAsync("/papers");

        var years = page.FindAll("#facet-years + ul .facet-label").Select(s => s.TextContent).ToList();
        Assert.Equal(["2023", "2022", "2021", "2020", "2019"], years);
        Assert.Equal(GeneratedCatalog.PaperCount, page.FindAll("#facet-years + ul .count").Sum(c => int.Parse(c.TextContent, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
