using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

public sealed class PaperPageTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task The_heading_is_the_title_as_written_for_KaTeX_and_the_page_title_reads_as_plain_text()
    {
        using var page = await _client.GetOkPageAsync("/papers/2210.07998");

        Assert.Equal("$\\Lambda$-DARTS: Harmonizing Operation Selection among Cells", page.H1.TextContent);
        Assert.Contains("tex", page.H1.ClassList);
        Assert.Equal("Λ-DARTS: Harmonizing Operation Selection among Cells · Catalog", page.Title);
        Assert.StartsWith("Differentiable architecture search suffers from performance collapse.", page.MetaDescription, StringComparison.Ordinal);
        Assert.Contains("(Λ-DARTS)", page.MetaDescription, StringComparison.Ordinal);
        Assert.Equal("2210.07998", page.Find("article.paper-detail").GetAttribute("data-paper-id"));
    }

    [Fact]
    public async Task The_authors_are_in_order_each_linking_to_their_page()
    {
        using var page = await _client.GetOkPageAsync("/papers/2210.07998");

        var authors = page.FindAll("article p.paper-authors a");
        Assert.Equal(["Ada Lovelace", "Mario Lučić", "Grace Hopper"], authors.Select(a => a.TextContent));
        Assert.Equal(["/authors/ada-lovelace", "/authors/mario-lucic", "/authors/grace-hopper"], authors.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_facts_are_date_venue_source_and_arXiv()
    {
        using var page = await _client.GetOkPageAsync("/papers/2210.07998");

        Assert.Equal(["Date", "Venue", "Source", "arXiv"], page.FindAll("dl.facts dt").Select(dt => dt.TextContent));
        Assert.Equal("2022-10-14", page.Find("dl.facts time").GetAttribute("datetime"));
        Assert.Equal("14 Oct 2022", page.Find("dl.facts time").TextContent);
        var venue = page.Find("dl.facts dd a[href^='/papers']");
        Assert.Equal(("ICLR 2023", "/papers?venue=ICLR%202023"), (venue.TextContent, venue.GetAttribute("href")));
        Assert.Equal("arXiv.org Artificial Intelligence", page.FindAll("dl.facts dd")[2].TextContent);
        var arxiv = page.Find("dl.facts a[rel=external]");
        Assert.Equal(("arXiv:2210.07998", "https://arxiv.org/abs/2210.07998"), (arxiv.TextContent, arxiv.GetAttribute("href")));
    }

    [Fact]
    public async Task The_venue_link_lists_the_papers_of_that_venue()
    {
        using var paper = await _client.GetOkPageAsync("/papers/2210.07998");

        using var venue = await _client.GetOkPageAsync(paper.Find("dl.facts dd a[href^='/papers']").GetAttribute("href")!);

        Assert.Equal(["2212.05055", "2210.07998"], HtmlPage.PaperIds(venue.Find("ol.hits")));
    }

    [Fact]
    public async Task A_paper_without_venue_or_arXiv_id_shows_its_own_link_instead()
    {
        using var page = await _client.GetOkPageAsync("/papers/parallels");

        Assert.Equal(["Date", "Source", "Link"], page.FindAll("dl.facts dt").Select(dt => dt.TextContent));
        Assert.Equal("Aug 2022", page.Find("dl.facts time").TextContent);
        Assert.Equal("https://example.org/parallels", page.Find("dl.facts a[rel=external]").GetAttribute("href"));
        Assert.Empty(page.FindAll("article a[href^='/papers?venue']"));
    }

    [Fact]
    public async Task The_abstract_is_rendered_from_Markdown()
    {
        using var page = await _client.GetOkPageAsync("/papers/2212.05055");

        Assert.Equal("Abstract", page.Find("#abstract-heading").TextContent);
        Assert.StartsWith("Training large models is expensive.", page.Find("section.abstract div.tex > p").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_by_the_same_authors_lists_the_papers_sharing_most_authors_first()
    {
        using var page = await _client.GetOkPageAsync("/papers/2210.07998");

        Assert.Equal("More by these authors", page.Find("#related-heading").TextContent);
        Assert.Equal(["2212.05055", "2202.06991", "2302.01327", "parallels"], HtmlPage.PaperIds(page.Find("section.related")));
    }

    [Fact]
    public async Task A_paper_whose_authors_have_no_other_papers_says_so()
    {
        using var page = await _client.GetOkPageAsync("/papers/untrusted-markdown");

        Assert.Empty(HtmlPage.PaperIds(page.Find("section.related")));
        Assert.Equal("No other papers by these authors in the catalog.", page.Find("section.related p.empty").TextContent);
    }

    [Fact]
    public async Task Every_paper_listed_opens_with_its_own_id()
    {
        using var list = await _client.GetOkPageAsync("/papers");
        foreach (var link in list.FindAll("ol.hits h3 a"))
        {
            using var page = await _client.GetOkPageAsync(link.GetAttribute("href")!);
            Assert.Equal(link.Closest("li")!.GetAttribute("data-paper-id"), page.Find("article").GetAttribute("data-paper-id"));
        }
    }
}
