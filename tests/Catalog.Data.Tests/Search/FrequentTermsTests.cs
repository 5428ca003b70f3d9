using System.Globalization;
using Catalog.Data.Search;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Search;

/// <summary>A ready answer for a common word must be exactly the answer the search works out: same papers in the same
/// order on every page, same total, same counts.</summary>
public sealed class FrequentTermsTests : IDisposable
{
    private const int Papers = 50;
    private readonly TempSeeds _seeds = TempSeeds.Generated("common", Enumerable.Range(0, Papers).Select(Paper));

    public FrequentTermsTests() => Assert.True(_seeds.Import().Succeeded);

    public static TheoryData<string> Searches => new()
    {
        "model", "Models", "MODELING", "things", "graph", "model?page=2", "model?page=3", "model?page=4", "model?page=2147483647", "model?year=2001", "model?year=2001&page=2",
        "things?year=1999", "model?all", "model?sort=newest", "model -graph", "model graph", "\"models of\"", "model*",
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task AReadyAnswerEqualsTheSearchWorkedOutInFull(string search)
    {
        var request = Request(search);
        var database = _seeds.Database();
        var frequentTerms = new FrequentTerms(database) { MinPapers = 1 };
        await frequentTerms.WarmUpAsync();

        var ready = new PaperSearch(database, frequentTerms).SearchUncached(request);
        var full = new PaperSearch(database).SearchUncached(request);

        Assert.Equal(full.Total, ready.Total);
        Assert.Equal(full.Hits.Select(h => (h.Paper.Id, h.MarkedTitle, h.MarkedSnippet)), ready.Hits.Select(h => (h.Paper.Id, h.MarkedTitle, h.MarkedSnippet)));
        Assert.Equal(full.Facets.Authors, ready.Facets.Authors);
        Assert.Equal(full.Facets.MoreAuthors, ready.Facets.MoreAuthors);
        Assert.Equal(full.Facets.Years, ready.Facets.Years);
        Assert.Equal(full.Facets.Venues, ready.Facets.Venues);
    }

    [Fact]
    public async Task TheWarmUpReadiesWordsInAtLeastATenthOfThePapers()
    {
        var frequentTerms = new FrequentTerms(_seeds.Database()) { MinPapers = 1 };

        var report = await frequentTerms.WarmUpAsync();

        // model, some, of, thing, author, the author numbers (each in a seventh or a third), graph (a third), a.
        Assert.Equal(report.CommonWords, report.Words);
        Assert.InRange(report.Words, 8, 20);
        Assert.True(report.ListedPapers >= 5 * Papers);
        using var connection = _seeds.Database().Open();
        Assert.Equal(Papers, frequentTerms.Find(connection, "Modeling")?.RankedRowIds.Length);
        Assert.Null(frequentTerms.Find(connection, "xylophone"));
        Assert.Null(frequentTerms.Find(connection, "model-graph"));
    }

    [Fact]
    public async Task ASmallCatalogGetsNoReadyAnswers()
    {
        var report = await new FrequentTerms(_seeds.Database()).WarmUpAsync();

        Assert.Equal(0, report.Words);
    }

    [Fact]
    public async Task AfterAnImportTheAnswersAreThoseOfTheNewCatalog()
    {
        var database = _seeds.Database();
        var frequentTerms = new FrequentTerms(database) { MinPapers = 1 };
        await frequentTerms.WarmUpAsync();
        _seeds.Replace("papers/c01.md", "Some models models of", "Some of");
        Assert.True(_seeds.Import().Succeeded);
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // the catalog checks for a new file at most once a second

        await frequentTerms.WarmUpAsync();
        var result = new PaperSearch(database, frequentTerms).SearchUncached(new SearchRequest { Query = "model" });

        Assert.Equal(Papers - 1, result.Total);
    }

    public void Dispose() => _seeds.Dispose();

    // "model" is in every paper, as often as n % 5 + 1 and in some titles, so that ranks differ; "graph" in a third.
    private static (string Id, string Text) Paper(int n)
    {
        var id = FormattableString.Invariant($"c{n:D2}");
        var models = string.Join(' ', Enumerable.Repeat("models", n % 5 + 1));
        var title = n % 4 == 0 ? $"A model of things {n}" : $"Things {n}";
        var graph = n % 3 == 0 ? " A graph too." : "";
        var date = n % 6 == 0 ? "" : FormattableString.Invariant($"date: {2000 + n % 4}-01-01\n");
        var venue = n % 2 == 0 ? "venue: Odd Venue\n" : "";
        return (id, $"---\nid: {id}\ntitle: {title}\nauthors:\n  - Author {n % 7}\n  - Author {n % 3 + 10}\n{date}{venue}---\n\nSome {models} of things.{graph}\n");
    }

    private static SearchRequest Request(string search)
    {
        var parts = search.Split('?');
        var request = new SearchRequest { Query = parts[0] };
        foreach (var option in parts.Length > 1 ? parts[1].Split('&') : [])
        {
            var (key, value) = option.Split('=') is [var k, var v] ? (k, v) : (option, "");
            request = key switch
            {
                "page" => request with { Page = int.Parse(value, CultureInfo.InvariantCulture) },
                "year" => request with { Year = int.Parse(value, CultureInfo.InvariantCulture) },
                "sort" => request with { Sort = SearchSort.Newest },
                _ => request with { AllAuthors = true },
            };
        }

        return request;
    }
}
