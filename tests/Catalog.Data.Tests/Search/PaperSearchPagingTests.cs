using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Tests.Search;

/// <summary>Paging through more results than fit on one page.</summary>
public sealed class PaperSearchPagingTests(LargeCatalogFixture catalog) : IClassFixture<LargeCatalogFixture>
{
    [Theory]
    [InlineData(null, SearchSort.Newest)]
    [InlineData("widget", SearchSort.Relevance)]
    [InlineData("widget", SearchSort.Oldest)]
    [InlineData("gadgets", SearchSort.Title)]
    public void PagesTogetherHoldEveryResultOnceInOrder(string? query, SearchSort sort)
    {
        var pages = Enumerable.Range(1, 4)
            .Select(page => catalog.Search.Search(new SearchRequest { Query = query, Sort = sort, Page = page }))
            .ToList();

        Assert.Equal([20, 20, 5, 0], pages.Select(p => p.Hits.Count));
        Assert.All(pages, p => Assert.Equal(LargeCatalogFixture.PaperCount, p.Total));
        var all = pages.SelectMany(p => p.Hits.Select(h => h.Paper.Id)).ToList();
        Assert.Equal(LargeCatalogFixture.PaperCount, all.Distinct().Count());
        if (sort != SearchSort.Relevance)
        {
            var n = Enumerable.Range(1, LargeCatalogFixture.PaperCount);
            Assert.Equal((sort == SearchSort.Newest ? n.Reverse() : n).Select(LargeCatalogFixture.Id), all);
        }
    }

    [Fact]
    public void RelevanceRanksMoreMentionsHigherAcrossPages()
    {
        var pages = Enumerable.Range(1, 3).SelectMany(page => catalog.Search.Search(new SearchRequest { Query = "widget", Page = page }).Hits).ToList();

        var mentions = pages.Select(h => 1 + (int.Parse(h.Paper.Id[1..], System.Globalization.CultureInfo.InvariantCulture) % 4)).ToList();
        Assert.Equal(mentions.OrderByDescending(m => m), mentions);
    }

    [Fact]
    public void PageTwoOfABroadQueryNumbersItsResultsFrom21()
    {
        var result = catalog.Search.Search(new SearchRequest { Query = "paper", Page = 2 });

        Assert.Equal(3, result.PageCount);
        Assert.Equal((21L, 40L), (result.FirstIndex, result.LastIndex));
    }

    [Fact]
    public void FacetsCountEveryResultWhicheverPageIsShown()
    {
        var first = catalog.Search.Search(new SearchRequest { Query = "paper", Page = 1 }).Facets;
        var third = catalog.Search.Search(new SearchRequest { Query = "paper", Page = 3 }).Facets;

        Assert.Equal(first.Authors, third.Authors);
        Assert.Equal(first.Years, third.Years);
        Assert.Equal(("Common Author", 45L), (third.Authors[0].Label, third.Authors[0].Count));
        Assert.Equal([("2000", 45L)], third.Years.Select(y => (y.Value, y.Count)));
    }
}
