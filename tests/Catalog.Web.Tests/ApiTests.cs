using System.Net;
using System.Text.Json;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests;

public sealed class ApiTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task The_paper_list_takes_the_results_pages_parameters_and_a_page_size()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=transformer&sort=newest");
        using var json = await GetJsonAsync("/api/papers?q=transformer&sort=newest&size=1");

        var root = json.RootElement;
        Assert.Equal(HtmlPage.PaperIds(page.Main).Count, root.GetProperty("total").GetInt64());
        Assert.Equal(1, root.GetProperty("pageSize").GetInt32());
        Assert.Equal(root.GetProperty("total").GetInt64(), root.GetProperty("pageCount").GetInt32());
        var paper = Assert.Single(root.GetProperty("papers").EnumerateArray());
        Assert.Equal(HtmlPage.PaperIds(page.Main)[0], paper.GetProperty("id").GetString());
        Assert.NotEmpty(root.GetProperty("facets").GetProperty("years").EnumerateArray());
    }

    [Fact]
    public async Task Issue18_a_search_no_paper_has_every_word_of_says_what_it_ranked_by()
    {
        using var json = await GetJsonAsync("/api/papers?q=what%20is%20zzzz%20darts");
        using var strict = await GetJsonAsync("/api/papers?q=what%20is%20zzzz%20darts&match=all");
        using var plain = await GetJsonAsync("/api/papers?q=darts");

        var ranked = json.RootElement.GetProperty("ranked");
        Assert.Equal(2, ranked.GetProperty("words").GetInt32());
        Assert.Equal(1, ranked.GetProperty("minimumShouldMatch").GetInt32());
        Assert.Equal(["what", "is"], ranked.GetProperty("stopWords").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(0, ranked.GetProperty("allWordsTotal").GetInt64());
        Assert.Equal("/papers?q=what%20is%20zzzz%20darts&match=all", ranked.GetProperty("allWordsUrl").GetString());
        Assert.Equal(["2210.07998"], json.RootElement.GetProperty("papers").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(0, strict.RootElement.GetProperty("total").GetInt64());
        Assert.Equal(JsonValueKind.Null, strict.RootElement.GetProperty("ranked").ValueKind);
        Assert.Equal(JsonValueKind.Null, plain.RootElement.GetProperty("ranked").ValueKind);
        // Meaning is off in this host: no answer says it took part.
        Assert.False(json.RootElement.GetProperty("semantic").GetBoolean());
        Assert.Equal("Off", json.RootElement.GetProperty("semanticStatus").GetString());
    }

    [Fact]
    public async Task Issue18_each_result_explains_its_score_by_term_and_field_and_the_search_says_what_its_words_became()
    {
        using var json = await GetJsonAsync("/api/papers?q=vision%20transformers");
        using var browse = await GetJsonAsync("/api/papers");

        var papers = json.RootElement.GetProperty("papers").EnumerateArray().ToList();
        Assert.NotEmpty(papers);
        foreach (var paper in papers)
        {
            var explain = paper.GetProperty("explain");
            var score = explain.GetProperty("score").GetDouble();
            var terms = explain.GetProperty("terms").EnumerateArray().ToList();
            Assert.Equal(["vision", "transformers"], terms.Select(t => t.GetProperty("term").GetString()));
            Assert.Equal(score, terms.Sum(t => t.GetProperty("score").GetDouble()), 1e-9);
            Assert.Equal(score, explain.GetProperty("fields").EnumerateArray().Sum(f => f.GetProperty("score").GetDouble()), 1e-9);
        }

        var scores = papers.Select(p => p.GetProperty("explain").GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        var words = json.RootElement.GetProperty("explain").GetProperty("words").EnumerateArray().ToList();
        Assert.Equal(["vision", "transform"], words.Select(w => w.GetProperty("searchedAs")[0].GetString()));
        Assert.Equal(JsonValueKind.Null, browse.RootElement.GetProperty("explain").ValueKind);
        Assert.Equal(JsonValueKind.Null, browse.RootElement.GetProperty("papers")[0].GetProperty("explain").ValueKind);
    }

    [Fact]
    public async Task A_paper_has_its_authors_as_printed_with_their_ids_its_citekey_and_abstract()
    {
        using var json = await GetJsonAsync("/api/papers/2210.07998");

        var paper = json.RootElement.GetProperty("paper");
        Assert.Equal("$\\Lambda$-DARTS: Harmonizing Operation Selection among Cells", paper.GetProperty("title").GetString());
        Assert.Equal("Mario Lučić", paper.GetProperty("authors")[1].GetProperty("name").GetString());
        Assert.Equal("mario-lucic", paper.GetProperty("authors")[1].GetProperty("id").GetString());
        Assert.Equal("lovelace2022darts", paper.GetProperty("citeKey").GetString());
        Assert.Equal(JsonValueKind.Null, paper.GetProperty("doi").ValueKind);
        Assert.Empty(paper.GetProperty("subjects").EnumerateArray());
        Assert.Equal("/papers/2210.07998.bib", paper.GetProperty("links").GetProperty("bibTex").GetString());
        Assert.StartsWith("Differentiable architecture search", json.RootElement.GetProperty("abstractMarkdown").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paper_has_its_DOI_PDF_and_subjects()
    {
        using var json = await GetJsonAsync("/api/papers/2212.05055");

        var paper = json.RootElement.GetProperty("paper");
        Assert.Equal("10.48550/arXiv.2212.05055", paper.GetProperty("doi").GetString());
        Assert.Equal("https://arxiv.org/pdf/2212.05055", paper.GetProperty("pdf").GetString());
        Assert.Equal(["cs.LG", "cs.CL"], paper.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task An_author_has_papers_and_co_authors()
    {
        using var json = await GetJsonAsync("/api/authors/ada-lovelace");
        using var index = await GetJsonAsync("/api/authors?q=lov");

        Assert.Equal("Ada Lovelace", json.RootElement.GetProperty("name").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("papers").EnumerateArray());
        Assert.Contains(json.RootElement.GetProperty("coAuthors").EnumerateArray(), c => c.GetProperty("id").GetString() == "mario-lucic");
        Assert.Equal("ada-lovelace", Assert.Single(index.RootElement.GetProperty("authors").EnumerateArray()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/api/papers?year=twenty", "year")]
    [InlineData("/api/papers?page=0", "page")]
    [InlineData("/api/papers?size=101", "size")]
    [InlineData("/api/papers?sort=best", "sort")]
    [InlineData("/api/papers?match=any", "match")]
    [InlineData("/api/papers?more=everything", "more")]
    [InlineData("/api/authors?sort=age", "sort")]
    [InlineData("/api/authors?page=-1", "page")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string url, string parameter)
    {
        using var problem = await GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.StartsWith(parameter, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/papers/no-such-paper")]
    [InlineData("/api/authors/no-one")]
    [InlineData("/api/papers?page=999")]
    public async Task An_unknown_id_is_a_404_problem(string url)
    {
        using var problem = await GetProblemAsync(url, HttpStatusCode.NotFound);

        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Any_origin_may_read_the_API()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/papers", UriKind.Relative));
        request.Headers.Add("Origin", "https://elsewhere.example");
        using var response = await _client.SendAsync(request);

        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task The_reference_page_is_served_from_the_app_without_a_CDN()
    {
        using var client = catalog.CreateClient();
        var html = await client.GetStringAsync(new Uri("/scalar/", UriKind.Relative));

        Assert.Contains("\"url\":\"openapi/v1.json\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"scalar.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        using var script = await client.GetAsync(new Uri("/scalar/scalar.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text);
    }

    private async Task<JsonDocument> GetProblemAsync(string url, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
