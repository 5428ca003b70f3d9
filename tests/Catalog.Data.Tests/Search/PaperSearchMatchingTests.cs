using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Highlight;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Search;

/// <summary>What a query finds in the real catalog, and in what order.</summary>
public sealed class PaperSearchMatchingTests(RealCatalogFixture catalog) : IClassFixture<RealCatalogFixture>
{
    [Theory]
    [InlineData("vanilla", "2302.01327")]
    [InlineData("softmax", "2210.07998")]
    [InlineData("\"mode switching\"", "2205.05131")]
    [InlineData("sunk", "2212.05055")]
    [InlineData("texture", "2302.05442")]
    [InlineData("usability", "2210.11416")]
    [InlineData("infilling", "2210.11399")]
    [InlineData("counterfactual", "2208.09529")]
    [InlineData("docids", "2202.06991")]
    [InlineData("footprints", "2112.05692")]
    public void ADistinctiveWordFromAnAbstractPutsItsPaperFirst(string query, string id)
    {
        var result = catalog.Find(query);

        Assert.Equal(id, result.Hits[0].Paper.Id);
        Assert.Equal(1, result.Total);
    }

    [Theory]
    [InlineData("transformer", "transformers")]
    [InlineData("denoiser", "denoisers")]
    [InlineData("scaling", "scale")]
    [InlineData("model", "modeling")]
    public void StemmingFindsTheSamePapersForEveryFormOfAWord(string one, string other)
    {
        var first = Ids(catalog.Find(one));

        Assert.NotEmpty(first);
        Assert.Equal(first.Order(StringComparer.Ordinal), Ids(catalog.Find(other)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DenoiserFindsBothMixtureOfDenoisersPapers()
    {
        Assert.Equal(["2205.05131", "2210.11399"], Ids(catalog.Find("denoiser")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Lucic", "2302.05442")]
    [InlineData("Lučić", "2302.05442")]
    [InlineData("lucic", "2302.05442")]
    [InlineData("Pavetic", "2302.05442")]
    public void DiacriticsFoldSoAPlainSpellingFindsTheName(string query, string id)
    {
        var result = catalog.Find(query);

        Assert.Equal([id], Ids(result));
    }

    [Fact]
    public void AnAuthorsNameFindsTheirPapers()
    {
        var expected = catalog.IdsWhere(p => p.Authors.Contains("Neil Houlsby"));

        Assert.Equal(expected.Order(StringComparer.Ordinal), Ids(catalog.Find("Houlsby")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void APhraseFindsOnlyPapersWithTheWordsTogether()
    {
        var words = Ids(catalog.Find("language models"));
        var phrase = Ids(catalog.Find("\"language models\""));

        Assert.Equal(["2210.11399", "2210.11416", "2212.05055", "2302.05442"], phrase.Order(StringComparer.Ordinal));
        Assert.Subset(words.ToHashSet(), phrase.ToHashSet());
        Assert.Contains("2205.05131", words);
    }

    [Fact]
    public void AMinusExcludesPapersWithTheWord()
    {
        var result = catalog.Find("transformer -vision");

        Assert.Equal(["2112.05692", "2202.06991"], Ids(result).Order(StringComparer.Ordinal));
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public void OnlyExcludedWordsListEveryOtherPaper()
    {
        var result = catalog.Find("-transformer");

        Assert.Equal(["2205.05131", "2208.09529", "2210.07998", "2210.11399", "2210.11416"], Ids(result).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OrFindsPapersWithEitherWord()
    {
        var result = catalog.Find("docids OR infilling");

        Assert.Equal(["2202.06991", "2210.11399"], Ids(result).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OrBindsTighterThanTheSpaceBetweenWords()
    {
        var result = catalog.Find("docids OR infilling PaLM");

        Assert.Equal(["2210.11399"], Ids(result));
    }

    [Theory]
    [InlineData("upcycl*", new[] { "2212.05055" })]
    [InlineData("transcend*", new[] { "2210.11399" })]
    [InlineData("docid*", new[] { "2202.06991" })]
    [InlineData("Dehgh*", new[] { "2112.05692", "2202.06991", "2205.05131", "2208.09529", "2210.07998", "2210.11399", "2210.11416", "2212.05055", "2302.01327", "2302.05442" })]
    public void AStarFindsWordsStartingWithThePrefix(string query, string[] ids)
    {
        Assert.Equal(ids, Ids(catalog.Find(query)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("transformer")]
    [InlineData("scaling")]
    [InlineData("language")]
    [InlineData("search")]
    [InlineData("instruction")]
    public void TitleMatchesRankAboveAbstractOnlyMatches(string query)
    {
        var hits = catalog.Find(query).Hits;
        var inTitle = hits.Select(h => h.MarkedTitle.Contains(SearchMarks.Start, StringComparison.Ordinal)).ToList();

        Assert.Contains(true, inTitle);
        Assert.Contains(false, inTitle);
        Assert.Equal(inTitle.OrderByDescending(t => t), inTitle);
    }

    [Fact]
    public void MatchesAreMarkedInTheTitleAndTheSnippet()
    {
        var hit = Assert.Single(catalog.Find("docids").Hits);

        Assert.Equal("Transformer Memory as a Differentiable Search Index", hit.MarkedTitle);
        Assert.Contains($"{SearchMarks.Start}docids{SearchMarks.End}", hit.MarkedSnippet);
        Assert.DoesNotContain('\n', hit.MarkedSnippet);
    }

    [Fact]
    public void NoQueryListsEveryPaperWithTheStartOfItsAbstract()
    {
        var result = catalog.Find((string?)null);

        Assert.Equal(10, result.Total);
        Assert.All(result.Hits, h => Assert.Equal(h.Paper.Title, h.MarkedTitle));
        Assert.All(result.Hits, h => Assert.True(h.MarkedSnippet.Length <= 301, h.MarkedSnippet));
        Assert.All(result.Hits, h => Assert.DoesNotContain(SearchMarks.Start, h.MarkedSnippet));
    }

    [Fact]
    public void AWordInNoPaperFindsNothing()
    {
        var result = catalog.Find("zyzzyva");

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
        Assert.Equal(SearchFacets.None, result.Facets);
    }

    [Fact]
    public void ResultsListAtMostTenAuthorsButCountThemAll()
    {
        var hit = Assert.Single(catalog.Find("texture").Hits);

        Assert.Equal(42, hit.Paper.AuthorCount);
        Assert.Equal(catalog.Paper("2302.05442").Authors.Take(10), hit.Paper.Authors.Select(a => a.Name));
    }

    private static List<string> Ids(SearchResult result) => [.. result.Hits.Select(h => h.Paper.Id)];
}
