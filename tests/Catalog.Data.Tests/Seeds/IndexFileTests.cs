using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

public sealed class IndexFileTests
{
    [Fact]
    public void AMissingIndexIsReportedAsTheFirstLineOfIndexMd()
    {
        var result = ProblemList.ReadFixture("index-missing");

        Assert.Null(result.Catalog);
        Assert.True(result.HasErrors);
        Assert.Equal(
            ["index-missing/INDEX.md:1: not found; expected INDEX.md with the catalog's name and a list of its paper files"],
            ProblemList.Of(result));
    }

    [Fact]
    public void AMissingSeedsFolderIsReportedWithItsFullPath()
    {
        using var folder = new TempFolder();
        var seeds = folder.Combine("no-such-seeds");

        var result = SeedReading.Read(seeds);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("no-such-seeds/INDEX.md", problem.Path);
        Assert.Equal(1, problem.Line);
        Assert.Equal($"not found: the seeds folder '{seeds}' does not exist; expected INDEX.md with the catalog's name and a list of its paper files", problem.Message);
    }

    [Fact]
    public void AnIndexThatListsNoPapersIsReportedOnItsHeading()
    {
        var result = ProblemList.ReadFixture("index-without-papers");

        Assert.Null(result.Catalog);
        Assert.Equal(
            ["index-without-papers/INDEX.md:1: lists no papers; expected a Markdown list of links to paper files, e.g. '- [Title](papers/paper.md)'"],
            ProblemList.Of(result));
    }

    [Fact]
    public void AnIndexWithoutAHeadingIsReportedAsMissingTheCatalogName()
    {
        var result = ProblemList.ReadFixture("index-without-name");

        Assert.Null(result.Catalog);
        Assert.Equal(
            ["index-without-name/INDEX.md:1: expected an H1 heading with the catalog's name, e.g. '# My catalog'"],
            ProblemList.Of(result));
    }

    [Fact]
    public void TheCatalogNameAndDescriptionComeFromTheHeadingAndTheFirstParagraph()
    {
        var result = ProblemList.ReadFixture("good");

        Assert.Empty(result.Problems);
        var catalog = Assert.IsType<SeedCatalog>(result.Catalog);
        Assert.Equal("A good catalog", catalog.Name);
        Assert.Equal("Three small papers that import without a problem. Tests copy this folder and break it in one place.", catalog.Description);
    }

    [Fact]
    public void PapersKeepTheOrderOfIndexMd()
    {
        var result = ProblemList.ReadFixture("good");

        Assert.Equal(["engine", "compiler", "merge"], result.Catalog!.Papers.Select(p => p.Id));
    }
}
