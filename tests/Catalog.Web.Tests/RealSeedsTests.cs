using System.Net;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests;

/// <summary>The key pages over the repository's own seeds: ten papers by Mostafa Dehghani and collaborators.</summary>
public sealed class RealSeedsTests(RealSeedsCatalog catalog) : IClassFixture<RealSeedsCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task The_home_page_names_the_catalog_and_lists_the_newest_papers()
    {
        using var page = await _client.GetOkPageAsync("/");

        Assert.Equal("Mostafa Dehghani and collaborators", page.H1.TextContent);
        Assert.Equal("10 papers", page.Find(".stats a").TextContent);
        Assert.Equal(10, HtmlPage.PaperIds(page.Find("section[aria-labelledby=newest-papers]")).Count);
        Assert.Equal("2302.05442", HtmlPage.PaperIds(page.Find("section[aria-labelledby=newest-papers]"))[0]);
        Assert.StartsWith("Mostafa Dehghani", HtmlPage.Text(page.Find("section[aria-labelledby=top-authors] li")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_TeX_title_reads_as_plain_text_in_the_page_title()
    {
        using var page = await _client.GetOkPageAsync("/papers/2210.07998");

        Assert.Equal("Λ-DARTS: Mitigating Performance Collapse by Harmonizing Operation Selection among Cells · Catalog", page.Title);
        Assert.Equal("$\\Lambda$-DARTS: Mitigating Performance Collapse by Harmonizing Operation Selection among Cells", page.H1.TextContent);
        Assert.Contains("Mostafa Dehghani", page.FindAll("article p.paper-authors a").Select(a => a.TextContent));
        Assert.Equal("https://arxiv.org/abs/2210.07998", page.Find("dl.facts a[rel=external]").GetAttribute("href"));
    }

    [Fact]
    public async Task A_search_finds_and_marks_matches()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=transformer");

        var ids = HtmlPage.PaperIds(page.Find("ol.hits"));
        Assert.Contains("2202.06991", ids);
        Assert.Matches("^\\d+ papers match “transformer”$", page.Find("p.result-count").TextContent);
        Assert.NotEmpty(page.FindAll("ol.hits mark"));
        Assert.NotEmpty(page.FindAll("#facet-authors + ul a"));
    }

    [Fact]
    public async Task The_author_pages_list_their_papers_and_co_authors()
    {
        using var page = await _client.GetOkPageAsync("/authors/mostafa-dehghani");

        Assert.Equal("Mostafa Dehghani", page.H1.TextContent);
        Assert.Equal(10, HtmlPage.PaperIds(page.Find("section[aria-labelledby=papers-heading]")).Count);
        Assert.NotEmpty(page.FindAll("section[aria-labelledby=coauthors-heading] li"));
    }

    [Fact]
    public async Task The_author_index_lists_every_author()
    {
        using var page = await _client.GetOkPageAsync("/authors?sort=papers");

        Assert.StartsWith("Mostafa Dehghani", HtmlPage.Text(page.Find("ol.author-list li")), StringComparison.Ordinal);
        Assert.Matches("^\\d+ authors$", page.Find("p.result-count").TextContent);
    }

    [Fact]
    public async Task Every_link_on_every_page_without_a_query_leads_to_a_page()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/", "/papers", "/authors"]);
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            using var page = await _client.GetPageAsync(url);
            Assert.True(page.Status == HttpStatusCode.OK, $"{url} answered {(int)page.Status}");
            // Exports, feeds and the sitemap are files, and the API reference is Scalar's own page: only the catalog's
            // pages have one h1 and are followed further.
            if (page.MediaType != "text/html" || url.StartsWith("/scalar/", StringComparison.Ordinal))
            {
                continue;
            }

            Assert.Single(page.FindAll("h1"));
            foreach (var href in page.FindAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var target = href.Split('#')[0];
                if (target.StartsWith('/') && (!target.Contains('?', StringComparison.Ordinal) || url == "/") && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        Assert.True(seen.Count > 100, $"only {seen.Count} pages were reached");
    }
}
