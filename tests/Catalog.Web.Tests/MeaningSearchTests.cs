using System.Text.Json;
using Catalog.Data.Search.Semantic;
using Catalog.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Web.Tests;

/// <summary>Words and meaning together (issue 18), on the real app with the real model once it has embedded the
/// fixture's papers: a ranked search says meaning took part, each hit says where each ranking put it, a paper found by
/// meaning alone says so, and "similar papers" are the nearest by meaning; with meaning off, every answer says it took
/// no part.</summary>
public sealed class MeaningSearchTests(MeaningSearchTests.ReadyCatalog catalog) : IClassFixture<MeaningSearchTests.ReadyCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task A_ranked_search_fuses_words_and_meaning_and_each_hit_says_where_each_ranking_put_it()
    {
        using var json = await GetJsonAsync("/api/papers?q=how%20to%20grow%20a%20sparse%20mixture%20of%20experts%20from%20a%20dense%20model");

        var root = json.RootElement;
        Assert.True(root.GetProperty("semantic").GetBoolean());
        Assert.Equal("Ready", root.GetProperty("semanticStatus").GetString());
        Assert.True(root.GetProperty("ranked").ValueKind == JsonValueKind.Object);
        var papers = root.GetProperty("papers").EnumerateArray().ToList();
        Assert.Equal("2212.05055", papers[0].GetProperty("id").GetString());
        var ranks = papers.Select(p => p.GetProperty("explain").GetProperty("fusion").GetProperty("fusedRank").GetInt32());
        Assert.Equal(Enumerable.Range(1, papers.Count), ranks);
        Assert.All(papers, p =>
        {
            var explain = p.GetProperty("explain");
            var meaningOnly = explain.GetProperty("fusion").GetProperty("meaningOnly").GetBoolean();
            Assert.Equal(meaningOnly, explain.GetProperty("terms").GetArrayLength() == 0);
            Assert.InRange(explain.GetProperty("fusion").GetProperty("similarity").GetDouble(), -1, 1);
        });
    }

    [Fact]
    public async Task A_paper_found_by_meaning_alone_says_so_on_the_page()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=zzyzxq%20qwertyuiop%20asdfghjkl");

        Assert.Contains("Ranked by the words and by meaning (6 papers found by meaning alone).", page.Find("p.ranked-note").TextContent);
        Assert.Equal(6, page.FindAll("ol.hits li .by-meaning").Count);
        Assert.Contains("by meaning (similarity", page.Find("ol.hits li details.why p.why-fusion").TextContent);
    }

    [Fact]
    public async Task Similar_papers_are_the_nearest_by_meaning()
    {
        using var json = await GetJsonAsync("/api/papers/2302.01327");
        using var page = await _client.GetOkPageAsync("/papers/2302.01327");

        var similar = json.RootElement.GetProperty("similar").EnumerateArray().ToList();
        Assert.NotEmpty(similar);
        var similarities = similar.Select(s => s.GetProperty("similarity").GetDouble()).ToList();
        Assert.Equal(similarities.OrderDescending(), similarities);
        Assert.StartsWith("Close in meaning (similarity ", page.Find("#similar-heading + ol p.shared").TextContent);
    }

    /// <summary>A query far past what the model reads (5,000 characters: a URL under Kestrel's 8 KB request line; the
    /// search reads its first 512), only symbols, or a script the model was not trained on.</summary>
    [Theory]
    [InlineData(5_000)]
    [InlineData(0)]
    public async Task A_query_the_model_cannot_take_still_gets_a_ranked_answer(int length)
    {
        var queries = length > 0
            ? [string.Concat(Enumerable.Repeat("sparse upcycling of dense checkpoints ", length / 38))]
            : new[] { "§±!@#$%^&*() upcycling", "ニューラルネットワーク 変換器 upcycling", "\u0000 \uFFFD upcycling mixture" };
        foreach (var query in queries)
        {
            using var json = await GetJsonAsync($"/api/papers?q={Uri.EscapeDataString(query)}");
            Assert.True(json.RootElement.GetProperty("total").GetInt64() > 0, query[..Math.Min(40, query.Length)]);
        }
    }

    [Fact]
    public async Task An_every_word_answer_is_ranked_by_the_words_alone()
    {
        using var json = await GetJsonAsync("/api/papers?q=transformer");

        Assert.False(json.RootElement.GetProperty("semantic").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("ranked").ValueKind);
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The app with meaning on, once every fixture paper has its vector.</summary>
    public sealed class ReadyCatalog : IAsyncLifetime, IDisposable
    {
        private readonly SemanticCatalog _catalog = new();

        public HttpClient CreatePageClient() => _catalog.CreatePageClient();

        public async Task InitializeAsync()
        {
            using var client = _catalog.CreatePageClient();
            var index = _catalog.Services.GetRequiredService<SemanticIndex>();
            var until = DateTime.UtcNow + TimeSpan.FromSeconds(90);
            while (!index.Status.IsReady)
            {
                Assert.True(DateTime.UtcNow < until, "The embeddings were not ready within 90 s.");
                await Task.Delay(100);
            }
        }

        public async Task DisposeAsync() => await _catalog.DisposeAsync();

        public void Dispose() => _catalog.Dispose();
    }
}
