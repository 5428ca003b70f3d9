using System.Net;
using System.Text.Json;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

/// <summary>Issue 11's search forms on the repository's own ten seeds: field terms, year ranges, the Unicode form of a TeX
/// title, and "Did you mean", on the results page and through the API.</summary>
public sealed class SearchFieldsTests(RealSeedsCatalog catalog) : IClassFixture<RealSeedsCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Theory]
    [InlineData("author:dehghani", "2112.05692 2202.06991 2205.05131 2208.09529 2210.07998 2210.11399 2210.11416 2212.05055 2302.01327 2302.05442")]
    [InlineData("author:dehghani title:scaling", "2210.11399 2210.11416 2302.05442")]
    [InlineData("author:\"Mostafa Dehghani\" -title:scaling year:2022", "2202.06991 2205.05131 2208.09529 2210.07998 2212.05055")]
    [InlineData("year:2021..2023", "2112.05692 2202.06991 2205.05131 2208.09529 2210.07998 2210.11399 2210.11416 2212.05055 2302.01327 2302.05442")]
    [InlineData("year:2022..2023 -year:2022", "2302.01327 2302.05442")]
    [InlineData("year:..2021", "2112.05692")]
    [InlineData("venue:ICLR", "2205.05131 2210.07998 2212.05055")]
    [InlineData("venue:\"ICLR 2023\" OR venue:TMLR", "2205.05131 2210.07998 2212.05055 2302.01327")]
    [InlineData("Λ-DARTS", "2210.07998")]
    [InlineData("λ-darts", "2210.07998")]
    [InlineData("instruction-finetuned", "2210.11416")]
    [InlineData("instructionfinetuned", "2210.11416")]
    public async Task A_field_or_form_search_answers_200_with_its_papers(string query, string ids)
    {
        using var page = await _client.GetOkPageAsync($"/papers?q={Uri.EscapeDataString(query)}");

        Assert.Equal(ids.Split(' ').Order(StringComparer.Ordinal), HtmlPage.PaperIds(page.Find("ol.hits")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_unicode_form_of_the_TeX_title_finds_and_marks_it()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=%CE%9B-DARTS");

        Assert.Equal(["2210.07998"], HtmlPage.PaperIds(page.Find("ol.hits")));
        Assert.Contains("Lambda", page.Find("ol.hits mark").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facet_counts_follow_a_year_term()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=year%3A2023");

        Assert.Equal("2 papers match “year:2023”", page.Find("p.result-count").TextContent);
        Assert.Equal(["2023"], page.FindAll("#facet-years + ul .facet-label").Select(e => e.TextContent));
        Assert.Equal(["2"], page.FindAll("#facet-years + ul .count").Select(e => e.TextContent));
    }

    [Theory]
    [InlineData("foo:bar")]
    [InlineData("title:")]
    [InlineData("year:abc")]
    [InlineData("year:2023..2021")]
    [InlineData("year:99999999999")]
    [InlineData("year:..")]
    [InlineData("title:\"")]
    [InlineData(":")]
    [InlineData("author:\u0001")]
    public async Task A_badly_formed_field_word_is_plain_text_never_an_error(string query)
    {
        var escaped = Uri.EscapeDataString(query);
        using var page = await _client.GetAsync(new Uri($"/papers?q={escaped}", UriKind.Relative));
        using var api = await _client.GetAsync(new Uri($"/api/papers?q={escaped}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task A_misspelt_search_offers_the_corrected_one_as_a_link()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=dehgani&year=2023");

        Assert.Empty(HtmlPage.PaperIds(page.Main));
        var link = page.Find("p.did-you-mean a");
        Assert.Equal("dehghani", link.TextContent);
        Assert.Equal("/papers?q=dehghani&year=2023", link.GetAttribute("href"));
        using var corrected = await _client.GetOkPageAsync(link.GetAttribute("href")!);
        Assert.Equal(2, HtmlPage.PaperIds(corrected.Find("ol.hits")).Count);
    }

    [Fact]
    public async Task A_misspelt_word_keeps_its_ending()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=transfromers");

        Assert.Equal("transformers", page.Find("p.did-you-mean a").TextContent);
    }

    [Fact]
    public async Task A_search_with_results_offers_nothing()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=transformer");

        Assert.Empty(page.FindAll("p.did-you-mean"));
    }

    [Fact]
    public async Task The_api_document_gives_the_search_syntax_for_q()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var q = document.RootElement.GetProperty("paths").GetProperty("/api/papers").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "q");
        var description = q.GetProperty("description").GetString();
        Assert.Contains("author:\"First Last\"", description, StringComparison.Ordinal);
        Assert.Contains("year:2021..2023", description, StringComparison.Ordinal);
        Assert.Contains("didYouMean", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_gives_the_suggestion_with_its_url()
    {
        using var response = await _client.GetAsync(new Uri("/api/papers?q=upcyclng", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var found = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/papers?q=transformer", UriKind.Relative)));

        var suggestion = json.RootElement.GetProperty("didYouMean");
        Assert.Equal("upcycling", suggestion.GetProperty("query").GetString());
        Assert.Equal("/papers?q=upcycling", suggestion.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, found.RootElement.GetProperty("didYouMean").ValueKind);
    }
}
