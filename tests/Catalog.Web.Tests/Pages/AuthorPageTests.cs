using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

public sealed class AuthorPageTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task The_page_names_the_author_and_counts_papers_and_co_authors()
    {
        using var page = await _client.GetOkPageAsync("/authors/ada-lovelace");

        Assert.Equal("Ada Lovelace", page.H1.TextContent);
        Assert.Equal("Ada Lovelace · Catalog", page.Title);
        Assert.Equal("Ada Lovelace: 4 papers and 4 co-authors in the catalog.", page.MetaDescription);
        Assert.Equal("4 papers · 4 co-authors · Search within their papers", HtmlPage.Text(page.Find("p.lead")));
        Assert.Equal("/papers?author=ada-lovelace", page.Find("p.lead a").GetAttribute("href"));
    }

    [Fact]
    public async Task The_papers_are_listed_newest_first()
    {
        using var page = await _client.GetOkPageAsync("/authors/ada-lovelace");

        Assert.Equal(["2212.05055", "2210.07998", "parallels", "2202.06991"], HtmlPage.PaperIds(page.Find("section[aria-labelledby=papers-heading]")));
    }

    [Fact]
    public async Task Co_authors_are_listed_by_shared_papers_and_link_to_their_pages()
    {
        using var page = await _client.GetOkPageAsync("/authors/ada-lovelace");

        var coAuthors = page.FindAll("section[aria-labelledby=coauthors-heading] li");
        Assert.Equal(
            ["Grace Hopper 3 shared papers", "Alan Turing 2 shared papers", "Mario Lučić 1 shared paper", "Yi Tay 1 shared paper"],
            coAuthors.Select(HtmlPage.Text));
        Assert.Equal(
            ["/authors/grace-hopper", "/authors/alan-turing", "/authors/mario-lucic", "/authors/yi-tay"],
            coAuthors.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
    }

    [Fact]
    public async Task A_name_with_diacritics_has_an_ASCII_slug_and_shows_the_name_as_written()
    {
        using var page = await _client.GetOkPageAsync("/authors/mario-lucic");

        Assert.Equal("Mario Lučić", page.H1.TextContent);
        Assert.Equal("Mario Lučić · Catalog", page.Title);
        Assert.Equal(["2302.01327", "2210.07998"], HtmlPage.PaperIds(page.Find("section[aria-labelledby=papers-heading]")));
    }

    [Fact]
    public async Task An_author_without_co_authors_says_so()
    {
        using var page = await _client.GetOkPageAsync("/authors/eve-mallory");

        Assert.Equal("1 paper · 0 co-authors · Search within their papers", HtmlPage.Text(page.Find("p.lead")));
        Assert.Equal("No co-authors in the catalog.", page.Find("section[aria-labelledby=coauthors-heading] p.empty").TextContent);
    }

    [Fact]
    public async Task Searching_within_their_papers_lists_the_same_papers()
    {
        using var author = await _client.GetOkPageAsync("/authors/grace-hopper");

        using var search = await _client.GetOkPageAsync(author.Find("p.lead a").GetAttribute("href")!);

        Assert.Equal(HtmlPage.PaperIds(author.Find("section[aria-labelledby=papers-heading]")), HtmlPage.PaperIds(search.Find("ol.hits")));
    }

    [Fact]
    public async Task Every_author_and_co_author_link_opens_a_page()
    {
        using var index = await _client.GetOkPageAsync("/authors");
        foreach (var link in index.FindAll("ol.author-list a"))
        {
            using var author = await _client.GetOkPageAsync(link.GetAttribute("href")!);
            Assert.Equal(link.TextContent, author.H1.TextContent);
            foreach (var coAuthor in author.FindAll("section[aria-labelledby=coauthors-heading] a"))
            {
                using var page = await _client.GetOkPageAsync(coAuthor.GetAttribute("href")!);
                Assert.Equal(coAuthor.TextContent, page.H1.TextContent);
            }
        }
    }
}
