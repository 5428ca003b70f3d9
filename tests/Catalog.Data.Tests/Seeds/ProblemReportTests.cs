using Catalog.Data.Seeds;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

public sealed class ProblemReportTests
{
    [Fact]
    public void SeveralProblemsInSeveralFilesAreReportedAllAtOnceInFileAndLineOrder()
    {
        var result = ProblemList.ReadFixture("many-problems");

        Assert.Null(result.Catalog);
        Assert.Equal(
            [
                "many-problems/INDEX.md:8: link 'papers/missing.md' points to a file that does not exist",
                "many-problems/papers/a.md:6: unknown key 'venu' (did you mean 'venue'?)",
                "many-problems/papers/b.md:6: invalid date 'yesterday'; expected YYYY-MM-DD, YYYY-MM or YYYY",
                "many-problems/papers/c.md:1: missing required key 'title'",
                "many-problems/papers/c.md:5: url 'ftp://example.org/c.pdf' is not an absolute http or https address",
                "many-problems/papers/c.md:6: warning: the paper has no abstract; it will be listed without one",
                "many-problems/papers/d.md:1: warning: not listed in INDEX.md, so it is not imported",
            ],
            ProblemList.Of(result));
    }

    [Fact]
    public void AFailedImportReturnsEveryProblemAndNoCounts()
    {
        using var seeds = TempSeeds.FromFixture("many-problems");

        var result = seeds.Import();

        Assert.False(result.Succeeded);
        Assert.Equal(5, result.Errors.Count());
        Assert.Equal(2, result.Warnings.Count());
        Assert.Equal((0, 0), (result.Papers, result.Authors));
    }

    [Fact]
    public void AProblemReadsAsPathLineAndMessage()
    {
        Assert.Equal("seeds/papers/a.md:4: unknown key 'x'", new SeedProblem("seeds/papers/a.md", 4, "unknown key 'x'").ToString());
        Assert.Equal("seeds/papers/a.md:1: warning: no abstract", new SeedProblem("seeds/papers/a.md", 1, "no abstract", ProblemSeverity.Warning).ToString());
    }

    [Fact]
    public void ProblemsNameFilesFromTheSeedsFoldersOwnNameWhateverPathIsGiven()
    {
        using var seeds = TempSeeds.FromFixture("missing-link");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, seeds.Dir) + Path.DirectorySeparatorChar;

        var result = SeedReading.Read(relative);

        Assert.Equal(["missing-link/INDEX.md:6: link 'papers/missing.md' points to a file that does not exist"], ProblemList.Of(result));
    }
}
