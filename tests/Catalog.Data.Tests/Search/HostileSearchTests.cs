using Catalog.Data.Queries;
using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Query;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Search;

/// <summary>No input makes a search fail: hostile text finds ordinary results or none.</summary>
public sealed class HostileSearchTests(RealCatalogFixture catalog) : IClassFixture<RealCatalogFixture>
{
    public static TheoryData<string> HostileInputs => HostileText.Data;

    [Theory]
    [MemberData(nameof(HostileInputs), DisableDiscoveryEnumeration = true)]
    public void AHostileQueryReturnsOrdinaryResultsOrNone(string query)
    {
        var result = catalog.Search.Search(new SearchRequest { Query = query });

        AssertOrdinary(result);
        Assert.Equal(10, catalog.Catalog.Info().PaperCount);
    }

    [Theory]
    [MemberData(nameof(HostileInputs), DisableDiscoveryEnumeration = true)]
    public void AHostileQueryInEveryFilterAndSortReturnsNormally(string text)
    {
        foreach (var sort in Enum.GetValues<SearchSort>())
        {
            AssertOrdinary(catalog.Search.Search(new SearchRequest { Query = text, Sort = sort, Authors = [text], Venue = text, Year = 2022 }));
        }
    }

    [Fact]
    public void SqlInAQueryDoesNotReachTheDatabase()
    {
        var result = catalog.Find("'; DROP TABLE papers; --");

        AssertOrdinary(result);
        var info = catalog.Catalog.Info();
        Assert.Equal((10L, (long)ReferencePeople.People), (info.PaperCount, info.AuthorCount));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(1_000_000)]
    [InlineData(int.MaxValue)]
    public void AnyPageNumberReturnsNormally(int page)
    {
        var result = catalog.Find(new SearchRequest { Query = "transformer", Page = page });

        AssertOrdinary(result);
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(99999)]
    public void AYearWithNoPapersFindsNothing(int year)
    {
        Assert.Equal(0, catalog.Find(new SearchRequest { Year = year }).Total);
    }

    [Fact]
    public void AVenueOrAuthorMadeOfSqlFindsNothing()
    {
        Assert.Equal(0, catalog.Find(new SearchRequest { Venue = "ICLR 2023' OR '1'='1" }).Total);
        Assert.Equal(0, catalog.Find(new SearchRequest { Authors = ["yi-tay' OR '1'='1"] }).Total);
        Assert.Equal(0, catalog.Find(new SearchRequest { Authors = ["%"] }).Total);
    }

    [Fact]
    public void AnUnknownSortValueReturnsNormally()
    {
        AssertOrdinary(catalog.Find(new SearchRequest { Query = "transformer", Sort = (SearchSort)99 }));
    }

    [Fact]
    public void ANonCharacterInAQueryReturnsNormally()
    {
        AssertOrdinary(catalog.Find("transformer\uFFFE"));
    }

    [Fact]
    public void HostileTextInThePaperAndAuthorQueriesFindsNothing()
    {
        foreach (var text in HostileText.Queries)
        {
            Assert.Null(catalog.Papers.Get(text));
            Assert.Null(catalog.Authors.Get(text));
            Assert.Empty(new RelatedPapers(catalog.Database).For(text, 5).Papers);
            var page = catalog.Authors.List(text, AuthorSort.Name, 1);
            Assert.True(page.Total <= ReferencePeople.People);
        }
    }

    private void AssertOrdinary(SearchResult result)
    {
        Assert.InRange(result.Total, 0, 10);
        Assert.True(result.Hits.Count <= SearchRequest.PageSize);
        Assert.All(result.Hits, h => Assert.Contains(h.Paper.Id, catalog.Metadata.Select(p => p.Id)));
        Assert.Equal(result.Hits.Count, result.Hits.Select(h => h.Paper.Id).Distinct().Count());
    }
}
