using Catalog.Data.Seeds;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

public sealed class MalformedYamlTests
{
    [Fact]
    public void MalformedYamlIsReportedOnTheLineYamlStumbledOn()
    {
        var result = ProblemList.ReadFixture("malformed-yaml");

        Assert.Null(result.Catalog);
        Assert.Equal(
            ["malformed-yaml/papers/a.md:3: malformed YAML: While scanning a plain scalar value, found invalid mapping."],
            ProblemList.Of(result));
    }

    [Fact]
    public void AnUnclosedQuoteIsReportedOnTheLineItOpens()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Replace("papers/merge.md", "title: Sorting by Merging", "title: 'Sorting by Merging");

        var result = seeds.Read();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("good/papers/merge.md", 3), (problem.Path, problem.Line));
        Assert.StartsWith("malformed YAML: ", problem.Message);
    }

    [Fact]
    public void DeeplyNestedYamlIsReportedInsteadOfOverflowingTheStack()
    {
        using var seeds = TempSeeds.FromFixture("good");
        var nested = new string('[', 200_000) + new string(']', 200_000);
        seeds.Replace("papers/merge.md", "date: 1945", "venue: " + nested);

        var result = seeds.Read();

        Assert.Equal([$"good/papers/merge.md:7: malformed YAML: nested more than {SeedYaml.MaxNesting} levels deep"], ProblemList.Of(result));
    }

    [Fact]
    public void NestingWithinTheLimitIsAnOrdinaryWrongType()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Replace("papers/merge.md", "date: 1945", "venue: [[[ICLR]]]");

        var result = seeds.Read();

        Assert.Equal(["good/papers/merge.md:7: venue must be a single text value, not a list"], ProblemList.Of(result));
    }

    [Fact]
    public void AFileWithoutFrontMatterIsReportedOnItsFirstLine()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Write("papers/merge.md", "# Sorting by Merging\n\nNo front matter at all.\n");

        var result = seeds.Read();

        Assert.Equal(["good/papers/merge.md:1: expected YAML front matter: a first line '---', the keys, then a closing '---'"], ProblemList.Of(result));
    }

    [Fact]
    public void UnclosedFrontMatterIsReportedOnItsFirstLine()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Write("papers/merge.md", "---\nid: merge\ntitle: Sorting by Merging\nauthors:\n  - John von Neumann\n");

        var result = seeds.Read();

        Assert.Equal(["good/papers/merge.md:1: front matter is not closed; expected a line '---' after the keys"], ProblemList.Of(result));
    }

    [Fact]
    public void FrontMatterThatIsAListNotKeysIsReported()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Write("papers/merge.md", "---\n- merge\n- Sorting by Merging\n---\n\nAn abstract.\n");

        var result = seeds.Read();

        Assert.Equal(["good/papers/merge.md:2: front matter must be YAML keys and values, e.g. 'title: My paper'"], ProblemList.Of(result));
    }

    [Fact]
    public void AKeyGivenTwiceIsReportedOnTheSecondOne()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Replace("papers/merge.md", "date: 1945\n", "date: 1945\ntitle: Merge sort\n");

        var result = seeds.Read();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("good/papers/merge.md", 8), (problem.Path, problem.Line));
        Assert.StartsWith("malformed YAML: ", problem.Message);
    }

    [Fact]
    public void WindowsLineEndingsReadLikeUnixOnes()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Write("papers/merge.md", seeds.ReadText("papers/merge.md").Replace("\n", "\r\n", StringComparison.Ordinal).Replace("date: 1945", "date: someday", StringComparison.Ordinal));

        var result = seeds.Read();

        Assert.Equal(["good/papers/merge.md:7: invalid date 'someday'; expected YYYY-MM-DD, YYYY-MM or YYYY"], ProblemList.Of(result));
    }
}
