using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

public sealed class ValueTypeTests
{
    [Fact]
    public void AValueOfTheWrongTypeIsReportedOnItsKeyWithWhatWasExpected()
    {
        var result = ProblemList.ReadFixture("wrong-types");

        Assert.Null(result.Catalog);
        Assert.Equal(
            [
                "wrong-types/papers/authors-string.md:4: authors must be a list of names, one '  - Name' line each",
                "wrong-types/papers/id-mapping.md:2: id must be a single text value, not a mapping",
                "wrong-types/papers/title-list.md:3: title must be a single text value, not a list",
            ],
            ProblemList.Of(result));
    }

    [Theory]
    [InlineData("venue: [ICLR, 2023]", 7, "venue must be a single text value, not a list")]
    [InlineData("date:\n  year: 1952", 6, "date must be a single text value, not a mapping")]
    public void AnOptionalValueOfTheWrongTypeIsReportedToo(string replacement, int line, string message)
    {
        using var seeds = TempSeeds.FromFixture("good");
        var key = replacement[..replacement.IndexOf(':', StringComparison.Ordinal)];
        var original = key == "venue" ? "venue: ACM National Meeting" : "date: 1952-05-02";
        seeds.Replace("papers/compiler.md", original, replacement);

        var result = seeds.Read();

        Assert.Equal([$"good/papers/compiler.md:{line}: {message}"], ProblemList.Of(result));
    }

    [Fact]
    public void TextThatLooksLikeANumberOrABooleanIsReadAsText()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Replace("papers/compiler.md", "id: compiler", "id: 2302.01327");
        seeds.Replace("papers/compiler.md", "title: The Education of a Computer", "title: yes");

        var result = seeds.Read();

        Assert.Empty(result.Problems);
        var paper = result.Catalog!.Papers.Single(p => p.Id == "2302.01327");
        Assert.Equal("yes", paper.Title);
    }
}
