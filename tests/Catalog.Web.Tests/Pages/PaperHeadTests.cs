using System.Text.Json;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

/// <summary>The paper page's head, as Google Scholar, Zotero's Embedded Metadata translator and link previews read it.</summary>
public sealed class PaperHeadTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task Highwire_tags_give_title_authors_in_order_date_venue_and_arXiv_id()
    {
        using var page = await _client.GetOkPageAsync("/papers/2210.07998");

        Assert.Equal("Λ-DARTS: Harmonizing Operation Selection among Cells", Meta(page, "citation_title"));
        Assert.Equal(["Lovelace, Ada", "Lučić, Mario", "Hopper, Grace"], page.FindAll("meta[name=citation_author]").Select(m => m.GetAttribute("content")));
        Assert.Equal("2022/10/14", Meta(page, "citation_publication_date"));
        Assert.Equal("ICLR 2023", Meta(page, "citation_conference_title"));
        Assert.Equal("2210.07998", Meta(page, "citation_arxiv_id"));
        Assert.Equal("http://localhost/papers/2210.07998", Meta(page, "citation_abstract_html_url"));
        Assert.Empty(page.FindAll("meta[name=citation_journal_title]"));
        Assert.Empty(page.FindAll("meta[name=citation_doi]"));
    }

    /// <summary>Issue 16: Zotero took the page's abstract from its 200-character description and its URL from the page.</summary>
    [Fact]
    public async Task Zotero_reads_the_whole_abstract_the_papers_own_address_and_its_proceedings()
    {
        using var page = await _client.GetOkPageAsync("/papers/2210.07998");

        var csl = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/papers/2210.07998.csl.json", UriKind.Relative))).RootElement[0];

        Assert.StartsWith("Differentiable architecture search suffers", Meta(page, "citation_abstract"), StringComparison.Ordinal);
        Assert.Contains("(Λ-DARTS)", Meta(page, "citation_abstract"), StringComparison.Ordinal);
        Assert.Equal(csl.GetProperty("abstract").GetString(), Meta(page, "citation_abstract"));
        Assert.Equal("https://arxiv.org/abs/2210.07998", Meta(page, "citation_public_url"));
        Assert.Equal("ICLR 2023", Meta(page, "prism.publicationName"));
        Assert.Empty(page.FindAll("meta[name='DC.type']"));
    }

    [Theory]
    [InlineData("/papers/2210.07998")]
    [InlineData("/papers/parallels")]
    public async Task A_paper_page_has_no_COinS_which_Zotero_would_prefer_to_its_own_tags(string url)
    {
        using var page = await _client.GetOkPageAsync(url);

        Assert.Empty(page.FindAll("span.Z3988"));
    }

    [Theory]
    [InlineData("/papers?q=transformer")]
    [InlineData("/papers?sort=title")]
    [InlineData("/authors/ada-lovelace")]
    public async Task A_list_page_has_a_COinS_span_for_each_paper_it_lists_with_every_author(string url)
    {
        using var page = await _client.GetOkPageAsync(url);
        var listed = HtmlPage.PaperIds(page.Main);
        var spans = page.FindAll("span.Z3988").Select(s => System.Web.HttpUtility.ParseQueryString(s.GetAttribute("title")!)).ToList();

        Assert.True(listed.Count >= 2);
        Assert.Equal(listed.Count, spans.Count);
        Assert.All(spans, kev => Assert.NotEmpty(kev.GetValues("rft.au") ?? []));
        if (listed.Contains("2210.07998"))
        {
            Assert.Contains(spans, kev => kev.GetValues("rft.au")!.SequenceEqual(["Lovelace, Ada", "Lučić, Mario", "Hopper, Grace"]));
        }
    }

    [Fact]
    public async Task A_paper_with_a_DOI_and_a_PDF_names_them()
    {
        using var page = await _client.GetOkPageAsync("/papers/2212.05055");

        Assert.Equal("10.48550/arXiv.2212.05055", Meta(page, "citation_doi"));
        Assert.Equal("https://arxiv.org/pdf/2212.05055", Meta(page, "citation_pdf_url"));
    }

    [Fact]
    public async Task A_date_of_year_and_month_is_given_as_far_as_known()
    {
        using var page = await _client.GetOkPageAsync("/papers/parallels");

        Assert.Equal("2022/08", Meta(page, "citation_publication_date"));
        Assert.Empty(page.FindAll("meta[name=citation_arxiv_id]"));
    }

    [Fact]
    public async Task The_page_has_one_canonical_url_open_graph_and_a_ScholarlyArticle()
    {
        using var page = await _client.GetOkPageAsync("/papers/2210.07998");

        Assert.Equal("http://localhost/papers/2210.07998", Assert.Single(page.FindAll("link[rel=canonical]")).GetAttribute("href"));
        Assert.Equal("article", page.Find("meta[property='og:type']").GetAttribute("content"));
        Assert.Equal("Λ-DARTS: Harmonizing Operation Selection among Cells", page.Find("meta[property='og:title']").GetAttribute("content"));
        Assert.StartsWith("Differentiable architecture search", page.Find("meta[property='og:description']").GetAttribute("content"), StringComparison.Ordinal);
        using var article = JsonDocument.Parse(page.Find("script[type='application/ld+json']").TextContent);
        Assert.Equal("ScholarlyArticle", article.RootElement.GetProperty("@type").GetString());
        Assert.Equal("2022-10-14", article.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal("Mario Lučić", article.RootElement.GetProperty("author")[1].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/papers?q=transformer&page=1", "http://localhost/papers?q=transformer")]
    [InlineData("/authors/ada-lovelace", "http://localhost/authors/ada-lovelace")]
    [InlineData("/authors?sort=papers", "http://localhost/authors?sort=papers")]
    [InlineData("/", "http://localhost/")]
    public async Task Every_page_names_its_canonical_url(string url, string canonical)
    {
        using var page = await _client.GetOkPageAsync(url);

        Assert.Equal(canonical, Assert.Single(page.FindAll("link[rel=canonical]")).GetAttribute("href"));
    }

    private static string? Meta(HtmlPage page, string name) => page.Find($"meta[name='{name}']").GetAttribute("content");
}
