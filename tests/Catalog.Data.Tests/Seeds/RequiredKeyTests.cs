using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

public sealed class RequiredKeyTests
{
    [Fact]
    public void EachMissingRequiredKeyIsReportedOnTheOpeningLineOfTheFrontMatter()
    {
        var result = ProblemList.ReadFixture("missing-keys");

        Assert.Null(result.Catalog);
        Assert.Equal(
            [
                "missing-keys/papers/no-authors.md:1: missing required key 'authors'",
                "missing-keys/papers/no-id.md:1: missing required key 'id'",
                "missing-keys/papers/no-title.md:1: missing required key 'title'",
            ],
            ProblemList.Of(result));
    }

    [Fact]
    public void EachEmptyRequiredKeyIsReportedOnItsOwnLine()
    {
        var result = ProblemList.ReadFixture("empty-keys");

        Assert.Null(result.Catalog);
        Assert.Equal(
            [
                "empty-keys/papers/blank-title.md:3: required key 'title' is empty",
                "empty-keys/papers/empty-author-list.md:4: required key 'authors' is empty; list at least one name",
                "empty-keys/papers/empty-author-name.md:6: each author must be a non-empty name",
                "empty-keys/papers/empty-id.md:2: required key 'id' is empty",
                "empty-keys/papers/nothing-after-authors.md:4: required key 'authors' is empty; list at least one name",
            ],
            ProblemList.Of(result));
    }

    [Fact]
    public void AnAuthorListedTwiceInOnePaperIsKeptAsTwoSlotsWithAWarningOnTheSecondLine()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Replace("papers/engine.md", "  - Charles Babbage\n", "  - Charles Babbage\n  - Babbage, Charles\n");

        var result = seeds.Read();

        Assert.False(result.HasErrors);
        Assert.Equal(["good/papers/engine.md:7: warning: author 'Charles Babbage' is listed twice (also line 6); kept as two author slots of one person. If they are two people, say which each is with {name: Charles Babbage, person: <id>}"],
            ProblemList.Of(result));
        var engine = result.Catalog!.Papers.Single(p => p.File.EndsWith("engine.md", StringComparison.Ordinal));
        Assert.Equal(["Charles Babbage", "Charles Babbage"], engine.Authors.Where(a => a.Name == "Charles Babbage").Select(a => a.Name));
    }

    [Theory]
    [InlineData("id: 'a b'", "id 'a b' may only hold letters, digits, '.', '_' and '-' (at most 128), since it is the paper's URL")]
    [InlineData("id: ../../etc", "id '../../etc' may only hold letters, digits, '.', '_' and '-' (at most 128), since it is the paper's URL")]
    [InlineData("id: '-leading-dash'", "id '-leading-dash' may only hold letters, digits, '.', '_' and '-' (at most 128), since it is the paper's URL")]
    public void AnIdThatCannotBeAUrlIsReportedOnItsLine(string idLine, string message)
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Replace("papers/compiler.md", "id: compiler", idLine);

        var result = seeds.Read();

        Assert.Equal([$"good/papers/compiler.md:2: {message}"], ProblemList.Of(result));
    }

    [Fact]
    public void AnIdOf128CharactersIsAcceptedAndOf129IsNot()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Replace("papers/compiler.md", "id: compiler", "id: " + new string('c', 128));
        seeds.Replace("papers/merge.md", "id: merge", "id: " + new string('m', 129));

        var result = seeds.Read();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("good/papers/merge.md", 2), (problem.Path, problem.Line));
        Assert.StartsWith($"id '{new string('m', 129)}' may only hold", problem.Message);
    }

    [Fact]
    public void AUrlThatIsNotHttpIsReportedOnItsLine()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Replace("papers/engine.md", "url: https://example.org/engine", "url: javascript:alert(1)");

        var result = seeds.Read();

        Assert.Equal(["good/papers/engine.md:10: url 'javascript:alert(1)' is not an absolute http or https address"], ProblemList.Of(result));
    }
}
