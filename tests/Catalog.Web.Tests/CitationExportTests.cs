using System.Net;
using System.Text.Json;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests;

public sealed class CitationExportTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task A_papers_BibTeX_is_one_entry_with_its_key_TeX_and_authors_family_first()
    {
        using var response = await _client.GetAsync(new Uri("/papers/2210.07998.bib", UriKind.Relative));
        var bib = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-bibtex", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("@inproceedings{lovelace2022darts,\n", bib, StringComparison.Ordinal);
        Assert.Contains("title = {{$\\Lambda$}-{DARTS}: Harmonizing Operation Selection among Cells}", bib, StringComparison.Ordinal);
        Assert.Contains("author = {Lovelace, Ada and Lučić, Mario and Hopper, Grace}", bib, StringComparison.Ordinal);
        Assert.Contains("booktitle = {ICLR 2023}", bib, StringComparison.Ordinal);
        Assert.Contains("eprint = {2210.07998}", bib, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_subject_is_the_primary_class_and_the_DOI_is_kept()
    {
        var bib = await _client.GetStringAsync(new Uri("/papers/2212.05055.bib", UriKind.Relative));

        Assert.Contains("primaryClass = {cs.LG}", bib, StringComparison.Ordinal);
        Assert.Contains("doi = {10.48550/arXiv.2212.05055}", bib, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paper_without_venue_or_arXiv_id_is_misc_with_its_own_url()
    {
        var bib = await _client.GetStringAsync(new Uri("/papers/parallels.bib", UriKind.Relative));

        Assert.StartsWith("@misc{turing2022intersection,", bib, StringComparison.Ordinal);
        Assert.Contains("url = {https://example.org/parallels}", bib, StringComparison.Ordinal);
        Assert.Contains("month = aug,", bib, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_papers_RIS_and_CSL_JSON_carry_the_same_key()
    {
        using var ris = await _client.GetAsync(new Uri("/papers/2210.07998.ris", UriKind.Relative));
        using var csl = await _client.GetAsync(new Uri("/papers/2210.07998.csl.json", UriKind.Relative));

        Assert.Equal("application/x-research-info-systems", ris.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ID  - lovelace2022darts\r\n", await ris.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var upcycling = await _client.GetStringAsync(new Uri("/papers/2212.05055.ris", UriKind.Relative));
        Assert.Contains("DO  - 10.48550/arXiv.2212.05055\r\nUR  - https://arxiv.org/abs/2212.05055\r\nL1  - https://arxiv.org/pdf/2212.05055\r\nKW  - cs.LG\r\nKW  - cs.CL\r\n", upcycling, StringComparison.Ordinal);
        Assert.Equal("application/vnd.citationstyles.csl+json", csl.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await csl.Content.ReadAsStringAsync());
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("lovelace2022darts", item.GetProperty("id").GetString());
        Assert.Equal("paper-conference", item.GetProperty("type").GetString());
        Assert.Equal("Λ-DARTS: Harmonizing Operation Selection among Cells", item.GetProperty("title").GetString());
        Assert.Equal("Lučić", item.GetProperty("author")[1].GetProperty("family").GetString());
    }

    [Fact]
    public async Task A_search_export_holds_every_result_in_the_pages_order()
    {
        using var page = await _client.GetOkPageAsync("/papers?sort=title");
        var bib = await _client.GetStringAsync(new Uri("/papers.bib?sort=title", UriKind.Relative));
        var ris = await _client.GetStringAsync(new Uri("/papers.ris?sort=title", UriKind.Relative));

        var titles = HtmlPage.PaperIds(page.Main).Count;
        Assert.Equal(titles, bib.Split('\n').Count(line => line.StartsWith('@')));
        Assert.Equal(titles, ris.Split("\r\n").Count(line => line.StartsWith("TY  - ", StringComparison.Ordinal)));
        var keys = bib.Split('\n').Where(l => l.StartsWith('@')).Select(l => l[(l.IndexOf('{', StringComparison.Ordinal) + 1)..^1]).ToList();
        Assert.Equal(["lovelace2022darts", "lucic2023dual", "turing2022intersection"], keys[..3]);
    }

    [Fact]
    public async Task A_search_export_keeps_the_searchs_filters()
    {
        var bib = await _client.GetStringAsync(new Uri("/papers.bib?q=upcycling&author=ada-lovelace", UriKind.Relative));

        Assert.Single(bib.Split('\n'), line => line.StartsWith('@'));
    }

    [Fact]
    public async Task An_authors_export_lists_their_papers_newest_first()
    {
        using var page = await _client.GetOkPageAsync("/authors/ada-lovelace");
        var bib = await _client.GetStringAsync(new Uri("/authors/ada-lovelace.bib", UriKind.Relative));
        var ris = await _client.GetStringAsync(new Uri("/authors/ada-lovelace.ris", UriKind.Relative));

        var papers = HtmlPage.PaperIds(page.Main);
        Assert.Equal(papers.Count, bib.Split('\n').Count(line => line.StartsWith('@')));
        Assert.Equal(papers.Count, ris.Split("\r\n").Count(line => line == "ER  - "));
        Assert.Contains($"eprint = {{{papers[0]}}}", bib.Split("\n\n")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_exports_as_one_CSL_JSON_array_in_the_results_order_linked_beside_BibTeX_and_RIS()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=transformer&sort=title");
        var link = page.Find(".exports a[download$='.csl.json']").GetAttribute("href")!;
        using var response = await _client.GetAsync(new Uri(link, UriKind.Relative));
        using var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("/papers.csl.json?q=transformer&sort=title", link);
        Assert.Equal("application/vnd.citationstyles.csl+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HtmlPage.PaperIds(page.Main).Count, items.RootElement.GetArrayLength());
        var bib = await _client.GetStringAsync(new Uri("/papers.bib?q=transformer&sort=title", UriKind.Relative));
        var bibKeys = bib.Split('\n').Where(l => l.StartsWith('@')).Select(l => l[(l.IndexOf('{', StringComparison.Ordinal) + 1)..^1]);
        Assert.Equal(bibKeys, items.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_persons_papers_export_as_CSL_JSON_too()
    {
        using var page = await _client.GetOkPageAsync("/authors/ada-lovelace");
        var link = page.Find(".exports a[download$='.csl.json']").GetAttribute("href")!;
        using var items = JsonDocument.Parse(await _client.GetStringAsync(new Uri(link, UriKind.Relative)));

        Assert.Equal("/authors/ada-lovelace.csl.json", link);
        Assert.Equal(HtmlPage.PaperIds(page.Main).Count, items.RootElement.GetArrayLength());
    }

    /// <summary>Issue 16: the streamed exports closed the response body, which emptied the output cache's copy, so every
    /// request after the first got a 200 with no body until the entry expired.</summary>
    [Theory]
    [InlineData("/papers/2210.07998.bib")]
    [InlineData("/papers/2210.07998.ris")]
    [InlineData("/papers/2210.07998.csl.json")]
    [InlineData("/papers.bib?q=transformer")]
    [InlineData("/papers.ris?q=transformer")]
    [InlineData("/papers.csl.json?q=transformer")]
    [InlineData("/papers.bib")]
    [InlineData("/authors/ada-lovelace.bib")]
    [InlineData("/authors/ada-lovelace.ris")]
    [InlineData("/authors/ada-lovelace.csl.json")]
    [InlineData("/papers.atom?q=transformer")]
    [InlineData("/authors/ada-lovelace.atom")]
    public async Task Issue16_a_second_GET_of_an_export_is_byte_identical_to_the_first(string url)
    {
        var first = await _client.GetByteArrayAsync(new Uri(url, UriKind.Relative));
        var second = await _client.GetByteArrayAsync(new Uri(url, UriKind.Relative));
        var third = await _client.GetByteArrayAsync(new Uri(url, UriKind.Relative));

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    [Theory]
    [InlineData("/papers/no-such-paper.bib")]
    [InlineData("/papers/no-such-paper.ris")]
    [InlineData("/papers/no-such-paper.csl.json")]
    [InlineData("/authors/no-one.bib")]
    [InlineData("/authors/no-one.ris")]
    [InlineData("/authors/no-one.csl.json")]
    public async Task Unknown_ids_answer_404(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
