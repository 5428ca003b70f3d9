using Catalog.Data.Seeds;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

public sealed class UnlistedPaperTests
{
    [Fact]
    public void APaperFileIndexMdDoesNotListIsAWarningAndTheImportSucceeds()
    {
        using var seeds = TempSeeds.FromFixture("unlisted-paper");

        var result = seeds.Import();

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Papers);
        Assert.Equal(["unlisted-paper/papers/b.md:1: warning: not listed in INDEX.md, so it is not imported"], ProblemList.Of(result));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void TheUnlistedPaperIsNotInTheCatalog()
    {
        var result = ProblemList.ReadFixture("unlisted-paper");

        Assert.False(result.HasErrors);
        Assert.Equal(["a"], result.Catalog!.Papers.Select(p => p.Id));
    }

    [Fact]
    public void AReadmeBesideIndexMdDrawsNoWarning()
    {
        var result = ProblemList.ReadFixture("unlisted-paper");

        Assert.DoesNotContain(result.Problems, p => p.Path.EndsWith("README.md", StringComparison.Ordinal));
    }
}
