using Catalog.Data.Queries;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

public sealed class MissingAbstractTests
{
    [Fact]
    public void APaperWithoutAnAbstractIsAWarningOnTheClosingLineAndTheImportSucceeds()
    {
        using var seeds = TempSeeds.FromFixture("no-abstract");

        var result = seeds.Import();

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Papers);
        Assert.Equal(["no-abstract/papers/a.md:6: warning: the paper has no abstract; it will be listed without one"], ProblemList.Of(result));
    }

    [Fact]
    public void APaperWithoutAnAbstractIsStoredWithAnEmptyOne()
    {
        using var seeds = TempSeeds.FromFixture("no-abstract");
        seeds.Import();

        var paper = new PaperQueries(seeds.Database()).Get("a");

        Assert.NotNull(paper);
        Assert.Equal("A paper without an abstract", paper.Title);
        Assert.Equal("", paper.AbstractMarkdown);
        Assert.Equal("", paper.AbstractHtml);
    }

    [Fact]
    public void AnAbstractOfOnlyBlankLinesCountsAsNone()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Replace("papers/merge.md", "Merge sort splits a list in halves, sorts each half and merges them.\n", "   \n\t\n");

        var result = seeds.Read();

        Assert.False(result.HasErrors);
        Assert.Equal(["good/papers/merge.md:8: warning: the paper has no abstract; it will be listed without one"], ProblemList.Of(result));
    }
}
