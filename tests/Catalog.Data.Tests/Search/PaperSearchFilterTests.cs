using Catalog.Data.Search;
using Catalog.Data.Seeds;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Search;

/// <summary>Author, year and venue filters, and the counts shown beside each filter.</summary>
public sealed class PaperSearchFilterTests(RealCatalogFixture catalog) : IClassFixture<RealCatalogFixture>
{
    [Theory]
    [InlineData("Mostafa Dehghani")]
    [InlineData("Yi Tay")]
    [InlineData("Neil Houlsby")]
    [InlineData("Mario Lučić")]
    [InlineData("Carlos Riquelme")]
    [InlineData("Maarten de Rijke")]
    public void AnAuthorFilterReturnsExactlyThatAuthorsPapers(string name)
    {
        var result = catalog.Find(new SearchRequest { Authors = [AuthorNames.Slug(name)] });

        Assert.Equal(catalog.IdsWhere(p => p.Authors.Select(ReferencePeople.PersonOf).Contains(name)).Order(StringComparer.Ordinal), Ids(result).Order(StringComparer.Ordinal));
        Assert.Equal(name, Assert.Single(result.FilterAuthors).Name);
    }

    [Fact]
    public void TwoAuthorFiltersReturnPapersByBoth()
    {
        var result = catalog.Find(new SearchRequest { Authors = ["yi-tay", "neil-houlsby"] });

        var expected = catalog.IdsWhere(p => p.Authors.Contains("Yi Tay") && p.Authors.Contains("Neil Houlsby"));
        Assert.Equal(["2205.05131", "2210.11399", "2212.05055", "2302.05442"], expected.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Order(StringComparer.Ordinal), Ids(result).Order(StringComparer.Ordinal));
        Assert.Equal(["Yi Tay", "Neil Houlsby"], result.FilterAuthors.Select(a => a.Name));
    }

    [Fact]
    public void AnAuthorFilterNarrowsAQuery()
    {
        var result = catalog.Find(new SearchRequest { Query = "transformer", Authors = ["neil-houlsby"] });

        Assert.Equal(["2212.05055", "2302.01327", "2302.05442"], Ids(result).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnUnknownAuthorFilterFindsNothing()
    {
        var result = catalog.Find(new SearchRequest { Authors = ["yi-tay", "nobody-at-all"] });

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
        Assert.Equal(["Yi Tay"], result.FilterAuthors.Select(a => a.Name));
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2022)]
    [InlineData(2021)]
    public void AYearFilterReturnsThatYearsPapers(int year)
    {
        var result = catalog.Find(new SearchRequest { Year = year });

        Assert.Equal(catalog.IdsWhere(p => p.Year == year).Order(StringComparer.Ordinal), Ids(result).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ICLR 2023")]
    [InlineData("JMLR 25(70), 2024")]
    [InlineData("NeurIPS 2022")]
    public void AVenueFilterReturnsThatVenuesPapers(string venue)
    {
        var result = catalog.Find(new SearchRequest { Venue = venue });

        Assert.Equal(catalog.IdsWhere(p => p.Venue == venue).Order(StringComparer.Ordinal), Ids(result).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FiltersCombineWithEachOtherAndWithTheQuery()
    {
        var result = catalog.Find(new SearchRequest { Query = "language", Year = 2022, Venue = "ICLR 2023", Authors = ["yi-tay"] });

        Assert.Equal(["2205.05131", "2212.05055"], Ids(result).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BrowsingEverythingCountsYearsVenuesAndAuthorsOverTheWholeCatalog()
    {
        var facets = catalog.Find(new SearchRequest()).Facets;

        Assert.Equal([("2023", 2L), ("2022", 7L), ("2021", 1L)], facets.Years.Select(f => (f.Value, f.Count)));
        Assert.Equal(ExpectedVenues(catalog.Metadata), facets.Venues.Select(f => (f.Value, f.Count)));
        Assert.Equal(ExpectedAuthors(catalog.Metadata), facets.Authors.Select(f => (f.Label, f.Count)));
        Assert.True(facets.MoreAuthors);
    }

    [Theory]
    [InlineData("transformer")]
    [InlineData("language models")]
    [InlineData("-transformer")]
    [InlineData("docids OR infilling")]
    public void FacetCountsAreComputedOverTheResults(string query)
    {
        var result = catalog.Find(query);
        var matching = result.Hits.Select(h => catalog.Paper(h.Paper.Id)).ToList();
        Assert.Equal(result.Total, matching.Count);

        Assert.Equal(
            matching.GroupBy(p => p.Year).OrderByDescending(g => g.Key).Select(g => (g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), (long)g.Count())),
            result.Facets.Years.Select(f => (f.Value, f.Count)));
        Assert.Equal(ExpectedVenues(matching), result.Facets.Venues.Select(f => (f.Value, f.Count)));
        Assert.Equal(ExpectedAuthors(matching), result.Facets.Authors.Select(f => (f.Label, f.Count)));
    }

    [Fact]
    public void FacetCountsFollowTheFilters()
    {
        var result = catalog.Find(new SearchRequest { Authors = ["neil-houlsby"], Year = 2022 });

        var matching = catalog.Metadata.Where(p => p.Authors.Contains("Neil Houlsby") && p.Year == 2022).ToList();
        Assert.Equal([("2022", (long)matching.Count)], result.Facets.Years.Select(f => (f.Value, f.Count)));
        Assert.Equal(ExpectedAuthors(matching), result.Facets.Authors.Select(f => (f.Label, f.Count)));
        Assert.Equal(ExpectedVenues(matching), result.Facets.Venues.Select(f => (f.Value, f.Count)));
    }

    [Fact]
    public void AuthorFacetValuesAreSlugsThatFilterToTheCountedPapers()
    {
        var facets = catalog.Find("transformer").Facets;

        foreach (var author in facets.Authors)
        {
            var filtered = catalog.Find(new SearchRequest { Query = "transformer", Authors = [author.Value] });
            Assert.Equal(author.Count, filtered.Total);
        }
    }

    [Fact]
    public void AllAuthorsShowsEveryAuthorOfTheResults()
    {
        var facets = catalog.Find(new SearchRequest { AllAuthors = true }).Facets;

        Assert.Equal(ReferencePeople.People, facets.Authors.Count);
        Assert.False(facets.MoreAuthors);
    }

    private static List<(string, long)> ExpectedVenues(IEnumerable<ReferencePaper> papers) =>
    [
        .. papers.Where(p => p.Venue is not null).GroupBy(p => p.Venue!)
            .Select(g => (g.Key, (long)g.Count()))
            .OrderByDescending(v => v.Item2).ThenBy(v => v.Key, StringComparer.Ordinal),
    ];

    /// <summary>The top of the author counts as the filter shows them: most papers first, then by name.</summary>
    private static List<(string, long)> ExpectedAuthors(IEnumerable<ReferencePaper> papers) =>
    [
        .. papers.SelectMany(p => p.Authors.Select(ReferencePeople.PersonOf).Distinct()).GroupBy(a => a, StringComparer.Ordinal)
            .Select(g => (g.Key, (long)g.Count()))
            .OrderByDescending(a => a.Item2).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Take(PaperSearch.AuthorFacetSize),
    ];

    private static List<string> Ids(SearchResult result) => [.. result.Hits.Select(h => h.Paper.Id)];
}
