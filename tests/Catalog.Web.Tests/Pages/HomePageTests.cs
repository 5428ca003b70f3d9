using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

public sealed class HomePageTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task The_heading_and_lead_are_the_catalog_name_and_description_from_INDEX_md()
    {
        using var page = await _client.GetOkPageAsync("/");

        Assert.Equal("Fixture Papers for the Web Tests", page.H1.TextContent);
        Assert.StartsWith("A small catalog that exercises every page", page.Find(".hero p.lead").TextContent, StringComparison.Ordinal);
        Assert.Equal("Fixture Papers for the Web Tests · Catalog", page.Title);
        Assert.StartsWith("A small catalog that exercises every page", page.MetaDescription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_box_sends_q_to_the_papers_page()
    {
        using var page = await _client.GetOkPageAsync("/");

        var form = page.Find(".hero form[role=search]");
        Assert.Equal("/papers", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("q", form.QuerySelector("input[type=search]")!.GetAttribute("name"));
    }

    [Fact]
    public async Task The_counts_of_papers_and_authors_link_to_their_lists()
    {
        using var page = await _client.GetOkPageAsync("/");

        var stats = page.FindAll(".stats a");
        Assert.Equal(["6 papers", "7 authors"], stats.Select(a => a.TextContent));
        Assert.Equal(["/papers", "/authors"], stats.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_newest_papers_come_first()
    {
        using var page = await _client.GetOkPageAsync("/");

        Assert.Equal(
            ["2302.01327", "2212.05055", "2210.07998", "parallels", "2202.06991", "untrusted-markdown"],
            HtmlPage.PaperIds(page.Find("section[aria-labelledby=newest-papers]")));
    }

    [Fact]
    public async Task The_most_frequent_authors_are_listed_with_their_counts_and_link_to_their_pages()
    {
        using var page = await _client.GetOkPageAsync("/");

        var items = page.FindAll("section[aria-labelledby=top-authors] ol li");
        Assert.Equal(
            ["Ada Lovelace 4 papers", "Grace Hopper 3 papers", "Alan Turing 2 papers", "Mario Lučić 2 papers", "Eve Mallory 1 paper", "Neil Houlsby 1 paper", "Yi Tay 1 paper"],
            items.Select(HtmlPage.Text));
        Assert.Equal("/authors/mario-lucic", items[3].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/authors?sort=papers", page.Find("section[aria-labelledby=top-authors] > p > a").GetAttribute("href"));
    }
}
