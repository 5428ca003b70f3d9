using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Store;

/// <summary>A check is an import that writes nothing: it runs the import's own loop, so whatever folder it is given it
/// reports what an import of that folder would.</summary>
public sealed class SeedCheckTests
{
    /// <summary>Every fixture folder (each breaks the seeds in its own way) and the real seeds.</summary>
    public static TheoryData<string> Folders =>
        [.. Directory.EnumerateDirectories(RepositoryPaths.Fixture("")).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal), "seeds"];

    [Theory]
    [MemberData(nameof(Folders))]
    public void ACheckReportsTheProblemsAndCountsAnImportWould(string folder)
    {
        using var seeds = folder == "seeds" ? TempSeeds.FromRealSeeds() : TempSeeds.FromFixture(folder);

        var check = seeds.Check();
        var import = seeds.Import();

        Assert.Equal(ProblemList.Of(import), ProblemList.Of(check));
        Assert.Equal(
            (import.Succeeded, import.Papers, import.Authors, import.Names),
            (check.Succeeded, check.Papers, check.Authors, check.Names));
    }

    [Fact]
    public void ACheckOfAMissingFolderReportsWhatAnImportWould()
    {
        using var seeds = TempSeeds.Empty("no-index");
        Directory.Delete(seeds.Dir);

        Assert.Equal(ProblemList.Of(seeds.Import()), ProblemList.Of(seeds.Check()));
    }

    [Theory]
    [InlineData("good")]
    [InlineData("many-problems")]
    public void ACheckWritesNoFile(string folder)
    {
        using var seeds = TempSeeds.FromFixture(folder);

        seeds.Check();

        Assert.Empty(Directory.EnumerateFiles(seeds.Parent));
    }

    [Fact]
    public void ACheckLeavesThePreviousCatalogAlone()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Import();
        var before = CatalogDump.Rows(seeds.DbPath);
        var written = File.GetLastWriteTimeUtc(seeds.DbPath);
        seeds.Replace("papers/compiler.md", "title: The Education of a Computer", "title: The Schooling of a Computer");

        Assert.True(seeds.Check().Succeeded);

        Assert.Equal(before, CatalogDump.Rows(seeds.DbPath));
        Assert.Equal(written, File.GetLastWriteTimeUtc(seeds.DbPath));
    }
}
