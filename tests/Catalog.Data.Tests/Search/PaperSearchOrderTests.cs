using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Query;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Search;

/// <summary>Sorting the real catalog's results.</summary>
public sealed class PaperSearchOrderTests(RealCatalogFixture catalog) : IClassFixture<RealCatalogFixture>
{
    [Fact]
    public void BrowsingWithoutAQueryListsTheNewestFirst()
    {
        var result = catalog.Find(new SearchRequest());

        Assert.Equal(SearchSort.Newest, result.Request.EffectiveSort);
        Assert.Equal(Newest(), Ids(result));
    }

    [Fact]
    public void NewestSortsByDateDescendingThenByCatalogOrder()
    {
        var result = catalog.Find(new SearchRequest { Sort = SearchSort.Newest });

        Assert.Equal(Newest(), Ids(result));
        Assert.Equal(["2210.11416", "2210.11399"], Ids(result).Where(id => catalog.Paper(id).Date == "2022-10-20"));
    }

    [Fact]
    public void OldestSortsByDateAscendingThenByCatalogOrder()
    {
        var result = catalog.Find(new SearchRequest { Sort = SearchSort.Oldest });

        Assert.Equal(
            catalog.Metadata.OrderBy(p => p.Date, StringComparer.Ordinal).ThenBy(p => p.Number).Select(p => p.Id),
            Ids(result));
    }

    [Fact]
    public void TitleSortsAlphabeticallyIgnoringCase()
    {
        var result = catalog.Find(new SearchRequest { Sort = SearchSort.Title });

        var titles = result.Hits.Select(h => h.Paper.Title).ToList();
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
        Assert.Equal("$\\Lambda$-DARTS: Mitigating Performance Collapse by Harmonizing Operation Selection among Cells", titles[0]);
        Assert.Equal("VUT: Versatile UI Transformer for Multi-Modal Multi-Task User Interface Modeling", titles[^1]);
    }

    [Fact]
    public void AQuerySortsByRelevanceUnlessASortIsAskedFor()
    {
        var relevance = catalog.Find("transformer");
        var newest = catalog.Find(new SearchRequest { Query = "transformer", Sort = SearchSort.Newest });

        Assert.Equal(SearchSort.Relevance, relevance.Request.EffectiveSort);
        Assert.Equal(Ids(relevance).Order(StringComparer.Ordinal), Ids(newest).Order(StringComparer.Ordinal));
        Assert.Equal(Newest().Where(Ids(relevance).Contains), Ids(newest));
    }

    [Fact]
    public void RelevanceWithoutAQueryFallsBackToNewest()
    {
        var result = catalog.Find(new SearchRequest { Sort = SearchSort.Relevance });

        Assert.Equal(Newest(), Ids(result));
    }

    [Fact]
    public void PageTwoOfTheTenPapersIsEmptyButKeepsTheTotal()
    {
        var result = catalog.Find(new SearchRequest { Page = 2 });

        Assert.Equal(10, result.Total);
        Assert.Empty(result.Hits);
        Assert.Equal(1, result.PageCount);
        Assert.NotEmpty(result.Facets.Years);
    }

    private List<string> Newest() =>
        [.. catalog.Metadata.OrderByDescending(p => p.Date, StringComparer.Ordinal).ThenBy(p => p.Number).Select(p => p.Id)];

    private static List<string> Ids(SearchResult result) => [.. result.Hits.Select(h => h.Paper.Id)];
}
