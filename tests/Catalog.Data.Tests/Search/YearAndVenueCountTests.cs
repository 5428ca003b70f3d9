using System.Globalization;
using Catalog.Data.Search;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Search;

/// <summary>Year and venue counts and the year filter come from the engine's per-paper columns. A catalog whose papers
/// come in no order of year or venue, some without a date or a venue, must count exactly as the seeds say.</summary>
public sealed class YearAndVenueCountTests : IDisposable
{
    private static readonly string?[] s_venues = [null, "ACL", "EMNLP", "arXiv", "Zeitschrift für Physik"];
    private readonly List<(string Id, int? Year, string? Venue, bool Red)> _papers = [];
    private readonly TempSeeds _seeds;
    private readonly PaperSearch _search;

    public YearAndVenueCountTests()
    {
        for (var n = 0; n < 60; n++)
        {
            // Years and venues cycle at different lengths, so neighbours in the index differ in both.
            int? year = n % 7 == 0 ? null : 1990 + (n * 5 % 11);
            _papers.Add((FormattableString.Invariant($"m{n:D2}"), year, s_venues[n % s_venues.Length], n % 3 != 0));
        }

        _seeds = TempSeeds.Generated("mixed", _papers.Select(p => (p.Id, PaperFile(p))));
        Assert.True(_seeds.Import().Succeeded);
        _search = new PaperSearch(_seeds.Database());
    }

    [Theory]
    [InlineData("red")]
    [InlineData("paper")]
    [InlineData("blue")]
    public void YearCountsEqualTheSeeds(string word)
    {
        var result = _search.Search(new SearchRequest { Query = word });

        var expected = Matching(word).Where(p => p.Year is not null).GroupBy(p => p.Year!.Value).OrderByDescending(g => g.Key)
            .Select(g => (g.Key.ToString(CultureInfo.InvariantCulture), (long)g.Count()));
        Assert.Equal(expected, result.Facets.Years.Select(y => (y.Value, y.Count)));
    }

    [Theory]
    [InlineData("red")]
    [InlineData("paper")]
    public void VenueCountsEqualTheSeeds(string word)
    {
        var result = _search.Search(new SearchRequest { Query = word });

        var expected = Matching(word).Where(p => p.Venue is not null).GroupBy(p => p.Venue!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (long)g.Count()));
        Assert.Equal(expected, result.Facets.Venues.Select(v => (v.Value, v.Count)));
    }

    [Theory]
    [InlineData("red", 1990)]
    [InlineData("paper", 1995)]
    [InlineData("", 2000)]
    public void AYearFilterFindsExactlyThatYearsPapers(string word, int year)
    {
        var result = _search.Search(new SearchRequest { Query = word, Year = year });

        var expected = Matching(word).Where(p => p.Year == year).Select(p => p.Id).Order(StringComparer.Ordinal);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, result.Hits.Select(h => h.Paper.Id).Order(StringComparer.Ordinal));
        Assert.Equal([(year.ToString(CultureInfo.InvariantCulture), (long)expected.Count())], result.Facets.Years.Select(y => (y.Value, y.Count)));
    }

    [Fact]
    public void AYearAndAVenueFilterTogetherFindExactlyTheirPapers()
    {
        var result = _search.Search(new SearchRequest { Query = "paper", Year = 1991, Venue = "Zeitschrift für Physik" });

        var expected = _papers.Where(p => p.Year == 1991 && p.Venue == "Zeitschrift für Physik").Select(p => p.Id).Order(StringComparer.Ordinal);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, result.Hits.Select(h => h.Paper.Id).Order(StringComparer.Ordinal));
    }

    public void Dispose() => _seeds.Dispose();

    private static string PaperFile((string Id, int? Year, string? Venue, bool Red) paper)
    {
        var lines = new List<string> { "---", $"id: {paper.Id}", $"title: Paper {paper.Id}", "authors:", "  - Author One" };
        lines.AddRange(paper.Year is null ? [] : [FormattableString.Invariant($"date: {paper.Year}-03")]);
        lines.AddRange(paper.Venue is null ? [] : [$"venue: {paper.Venue}"]);
        lines.AddRange(["---", "", paper.Red ? "A red herring." : "A blue whale."]);
        return string.Join('\n', lines) + "\n";
    }

    private IEnumerable<(string Id, int? Year, string? Venue, bool Red)> Matching(string word) => word switch
    {
        "red" => _papers.Where(p => p.Red),
        "blue" => _papers.Where(p => !p.Red),
        _ => _papers,
    };
}
