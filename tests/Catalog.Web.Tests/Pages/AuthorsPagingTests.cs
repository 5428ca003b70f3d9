using System.Net;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

/// <summary>The author index pages by 100; the generated catalog has 136 authors.</summary>
public sealed class AuthorsPagingTests(GeneratedCatalog catalog) : IClassFixture<GeneratedCatalog>
{
    private const int AuthorCount = 1 + (3 * GeneratedCatalog.PaperCount);
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task The_first_page_shows_one_hundred_authors_and_a_pager()
    {
        using var page = await _client.GetOkPageAsync("/authors");

        Assert.Equal($"{AuthorCount} authors", page.Find("p.result-count").TextContent);
        Assert.Equal(100, page.FindAll("ol.author-list li").Length);
        Assert.Equal("/authors?page=2", page.Find("nav.pager a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public async Task The_second_page_holds_the_rest_and_pager_links_keep_prefix_and_sort()
    {
        using var page = await _client.GetOkPageAsync("/authors?q=author&sort=papers&page=2");

        Assert.Equal(AuthorCount - 1 - 100, page.FindAll("ol.author-list li").Length);
        Assert.Equal("/authors?q=author&sort=papers", page.Find("nav.pager a[rel=prev]").GetAttribute("href"));
        Assert.Empty(page.FindAll("nav.pager a[rel=next]"));
    }

    [Fact]
    public async Task Sorting_by_papers_puts_the_shared_author_first()
    {
        using var page = await _client.GetOkPageAsync("/authors?sort=papers");

        Assert.Equal($"{GeneratedCatalog.SharedAuthor} 45", HtmlPage.Text(page.Find("ol.author-list li")));
    }

    [Fact]
    public async Task A_page_past_the_end_is_not_found_and_links_back()
    {
        using var page = await _client.GetPageAsync("/authors?page=3");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Not found", page.H1.TextContent);
        Assert.Equal("There is no page 3; the authors end on page 2.", page.Find("main p.lead").TextContent);
        Assert.Equal("/authors", page.FindAll("main a").Single(a => a.TextContent == "Go to the first page").GetAttribute("href"));

        using var sorted = await _client.GetPageAsync("/authors?q=author&sort=papers&page=9");
        Assert.Equal(HttpStatusCode.NotFound, sorted.Status);
        Assert.Equal("/authors?q=author&sort=papers", sorted.FindAll("main a").Single(a => a.TextContent == "Go to the first page").GetAttribute("href"));
    }
}
