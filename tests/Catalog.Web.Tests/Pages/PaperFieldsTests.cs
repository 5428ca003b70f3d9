using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

/// <summary>A paper's DOI, PDF and subjects: shown, linked, and a filter with counts like the venue.</summary>
public sealed class PaperFieldsTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task The_paper_page_links_the_doi_the_pdf_and_each_subject()
    {
        using var page = await _client.GetOkPageAsync("/papers/2212.05055");

        var links = page.FindAll("dl.facts dd a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("10.48550/arXiv.2212.05055", "https://doi.org/10.48550/arXiv.2212.05055"), links);
        Assert.Contains(("https://arxiv.org/pdf/2212.05055", "https://arxiv.org/pdf/2212.05055"), links);
        Assert.Contains(("cs.LG", "/papers?subject=cs.LG"), links);
        Assert.Contains(("cs.CL", "/papers?subject=cs.CL"), links);
    }

    [Fact]
    public async Task Subjects_are_a_filter_with_counts_and_a_removable_chip()
    {
        using var all = await _client.GetOkPageAsync("/papers");
        using var filtered = await _client.GetOkPageAsync("/papers?subject=cs.CL");

        Assert.Equal(["cs.CL 1", "cs.LG 1"], all.FindAll("section[aria-labelledby=facet-subjects] li").Select(HtmlPage.Text));
        Assert.Equal(["2212.05055"], HtmlPage.PaperIds(filtered.Find("ol.hits")));
        var chip = filtered.Find("ul.chips a");
        Assert.StartsWith("Subject: cs.CL", HtmlPage.Text(chip));
        Assert.Equal("/papers", chip.GetAttribute("href"));
    }

    [Fact]
    public async Task An_unknown_subject_finds_nothing_and_is_not_an_error()
    {
        using var page = await _client.GetOkPageAsync("/papers?subject=%27%3B+DROP+TABLE+papers");

        Assert.Null(page.Document.QuerySelector("ol.hits"));
        Assert.StartsWith("0 papers", HtmlPage.Text(page.Find("p.result-count")));
    }
}
