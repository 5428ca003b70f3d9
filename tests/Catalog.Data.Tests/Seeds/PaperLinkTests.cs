using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

public sealed class PaperLinkTests
{
    [Fact]
    public void ALinkToAMissingFileIsReportedOnItsLine()
    {
        var result = ProblemList.ReadFixture("missing-link");

        Assert.Null(result.Catalog);
        Assert.Equal(
            ["missing-link/INDEX.md:6: link 'papers/missing.md' points to a file that does not exist"],
            ProblemList.Of(result));
    }

    [Fact]
    public void LinksThatLeaveTheSeedsFolderAreRefusedEvenWhenTheFileExists()
    {
        using var seeds = TempSeeds.FromFixture("link-outside");
        File.WriteAllText(Path.Combine(seeds.Parent, "x.md"), "---\nid: x\ntitle: Outside\nauthors:\n  - Eve\n---\n\nNot a seed.\n");

        var result = seeds.Read();

        Assert.Null(result.Catalog);
        Assert.Equal(
            [
                "link-outside/INDEX.md:6: link '../x.md' leaves the seeds folder; paper files must be inside it",
                "link-outside/INDEX.md:7: link 'papers/../../x.md' leaves the seeds folder; paper files must be inside it",
                "link-outside/INDEX.md:8: link '../x.md' leaves the seeds folder; paper files must be inside it",
                "link-outside/INDEX.md:9: link '/etc/passwd' must be a relative path to a file inside the seeds folder",
                "link-outside/INDEX.md:10: link 'https://example.org/a.md' must be a relative path to a file inside the seeds folder",
            ],
            ProblemList.Of(result));
    }

    [Fact]
    public void AnAbsolutePathLinkIsRefusedAndTheFileIsNotRead()
    {
        var result = ProblemList.ReadFixture("link-outside");

        Assert.Contains("link-outside/INDEX.md:9: link '/etc/passwd' must be a relative path to a file inside the seeds folder", ProblemList.Of(result));
        Assert.DoesNotContain(result.Problems, p => p.Path.Contains("passwd", StringComparison.Ordinal));
    }

    [Fact]
    public void AFileListedTwiceIsReportedWithTheLineOfItsFirstListing()
    {
        using var seeds = TempSeeds.FromFixture("good");
        File.AppendAllText(seeds.PathOf("INDEX.md"), "- [The engine again](papers/./engine.md)\n");

        var result = seeds.Read();

        Assert.Equal(["good/INDEX.md:10: 'papers/./engine.md' is listed twice (first on line 7)"], ProblemList.Of(result));
    }

    [Fact]
    public void ALinkHoldingAnEncodedNulIsReportedInsteadOfThrown()
    {
        using var seeds = TempSeeds.FromFixture("good");
        File.AppendAllText(seeds.PathOf("INDEX.md"), "- [Nul](papers/merge.md%00.txt)\n");

        var result = seeds.Read();

        Assert.Equal(["good/INDEX.md:10: link 'papers/merge.md%00.txt' is not a file name: it holds a NUL character"], ProblemList.Of(result));
    }

    [Fact]
    public void ALinkToAFolderIsReportedAsAFolder()
    {
        using var seeds = TempSeeds.FromFixture("good");
        File.AppendAllText(seeds.PathOf("INDEX.md"), "- [A folder](papers)\n");

        var result = seeds.Read();

        Assert.Equal(["good/INDEX.md:10: link 'papers' is a folder, not a file"], ProblemList.Of(result));
    }

    [Fact]
    public void ALinkWithAPercentEncodedSpaceFindsItsFile()
    {
        using var seeds = TempSeeds.FromFixture("good");
        File.Move(seeds.PathOf("papers/merge.md"), seeds.PathOf("papers/merge sort.md"));
        seeds.Replace("INDEX.md", "(papers/merge.md)", "(papers/merge%20sort.md)");

        var result = seeds.Read();

        Assert.Empty(result.Problems);
        Assert.Equal(3, result.Catalog!.Papers.Count);
    }
}
