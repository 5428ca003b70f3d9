using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

/// <summary>What the pages offer after finding a paper: read, cite, export, follow, and who else wrote with its authors.</summary>
public sealed class PaperActionsTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task The_action_column_links_PDF_arXiv_and_DOI_and_comes_before_the_abstract()
    {
        using var page = await _client.GetOkPageAsync("/papers/2212.05055");

        Assert.Equal(["https://arxiv.org/pdf/2212.05055", "https://arxiv.org/abs/2212.05055", "https://doi.org/10.48550/arXiv.2212.05055"],
            page.FindAll("aside.paper-actions .read-links a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.Find(".paper-body > aside.paper-actions + .paper-main section.abstract"));
    }

    [Fact]
    public async Task The_cite_block_has_the_BibTeX_a_one_line_reference_and_the_files_with_the_same_key()
    {
        using var page = await _client.GetOkPageAsync("/papers/2210.07998");
        var bib = await _client.GetStringAsync(new Uri("/papers/2210.07998.bib", UriKind.Relative));

        var cite = page.Find("section.cite");
        Assert.Equal(bib.Trim(), cite.QuerySelector("pre#cite-bibtex")!.TextContent.Trim());
        Assert.Equal("Lovelace, A., Lučić, M., & Hopper, G. (2022). Λ-DARTS: Harmonizing Operation Selection among Cells. In ICLR 2023. arXiv:2210.07998",
            cite.QuerySelector("#cite-reference")!.TextContent);
        Assert.Equal(["/papers/2210.07998.bib", "/papers/2210.07998.ris", "/papers/2210.07998.csl.json"],
            cite.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")));
        // Without script the copy buttons stay hidden; js/copy.js shows them.
        Assert.All(cite.QuerySelectorAll("button[data-copy]"), b => Assert.True(b.HasAttribute("hidden")));
    }

    [Fact]
    public async Task More_by_these_authors_says_whom_each_paper_shares_and_links_all_their_papers()
    {
        using var page = await _client.GetOkPageAsync("/papers/2210.07998");

        var related = page.Find("section.related");
        Assert.All(related.QuerySelectorAll("li.paper"), li => Assert.StartsWith("Shares ", li.QuerySelector(".shared")!.TextContent, StringComparison.Ordinal));
        Assert.Contains("Ada Lovelace", related.QuerySelector("li.paper .shared")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("/authors/ada-lovelace", related.QuerySelectorAll(".all-by a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/papers?q=transformer", "Export these 2 results:", "/papers.bib?q=transformer")]
    [InlineData("/authors/ada-lovelace", "Export these 4 papers:", "/authors/ada-lovelace.bib")]
    public async Task Lists_link_their_exports(string url, string text, string bibTex)
    {
        using var page = await _client.GetOkPageAsync(url);

        var exports = page.Find("p.exports");
        Assert.StartsWith(text, HtmlPage.Text(exports), StringComparison.Ordinal);
        Assert.Equal(bibTex, exports.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Results_on_a_phone_have_a_link_that_opens_the_filters()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=transformer");

        Assert.Equal("#filters", page.Find("a.filters-link").GetAttribute("href"));
        Assert.NotNull(page.Find("aside#filters"));
    }
}
