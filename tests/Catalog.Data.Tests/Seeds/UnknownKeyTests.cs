using Catalog.Data.Tests.Infrastructure;
using Catalog.Data.Text;

namespace Catalog.Data.Tests.Seeds;

public sealed class UnknownKeyTests
{
    [Fact]
    public void UnknownKeyIsReportedWithItsLineAndASuggestion()
    {
        var result = ProblemList.ReadFixture("unknown-key");

        Assert.Contains("unknown-key/papers/a.md:4: unknown key 'authers' (did you mean 'authors'?)", ProblemList.Of(result));
    }

    [Fact]
    public void AKeyLikeNoKnownKeyIsReportedWithTheListOfKnownKeys()
    {
        var result = ProblemList.ReadFixture("unknown-key");

        Assert.Contains(
            "unknown-key/papers/b.md:6: unknown key 'keywords'; expected one of id, title, authors, date, venue, source, url, arxiv, doi, pdf, subjects",
            ProblemList.Of(result));
    }

    [Fact]
    public void AMisspeltRequiredKeyIsAlsoReportedAsMissing()
    {
        var result = ProblemList.ReadFixture("unknown-key");

        Assert.Null(result.Catalog);
        Assert.Equal(
            [
                "unknown-key/papers/a.md:1: missing required key 'authors'",
                "unknown-key/papers/a.md:4: unknown key 'authers' (did you mean 'authors'?)",
                "unknown-key/papers/b.md:6: unknown key 'keywords'; expected one of id, title, authors, date, venue, source, url, arxiv, doi, pdf, subjects",
            ],
            ProblemList.Of(result));
    }

    [Theory]
    [InlineData("Title", "title")]
    [InlineData("titel", "title")]
    [InlineData("venu", "venue")]
    [InlineData("arxive", "arxiv")]
    [InlineData("dat", "date")]
    [InlineData("URL", "url")]
    public void ACloseMisspellingSuggestsTheKnownKey(string misspelt, string suggestion)
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Replace("papers/merge.md", "date: 1945", $"{misspelt}: x");

        var result = seeds.Read();

        Assert.Contains($"good/papers/merge.md:7: unknown key '{misspelt}' (did you mean '{suggestion}'?)", ProblemList.Of(result));
    }

    [Theory]
    [InlineData("title", "title", 0)]
    [InlineData("title", "titel", 1)]
    [InlineData("authors", "authers", 1)]
    [InlineData("venue", "venu", 1)]
    [InlineData("date", "", 4)]
    [InlineData("", "", 0)]
    [InlineData("url", "lru", 2)]
    [InlineData("ca", "abc", 3)]
    public void EditDistanceCountsASwapOfNeighboursAsOneEdit(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
        Assert.Equal(distance, EditDistance.Between(b, a));
    }
}
