using System.Security.Cryptography;
using Catalog.Data.Queries;
using Catalog.Data.Import;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Store;

public sealed class ImportAtomicityTests
{
    [Fact]
    public void AFailedImportLeavesThePreviousCatalogFileByteForByteIdentical()
    {
        using var seeds = TempSeeds.FromFixture("good");
        Assert.True(seeds.Import().Succeeded);
        var before = SHA256.HashData(File.ReadAllBytes(seeds.DbPath));
        var writtenBefore = File.GetLastWriteTimeUtc(seeds.DbPath);
        seeds.Replace("papers/merge.md", "authors:", "authers:");

        var result = seeds.Import();

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "good/papers/merge.md:1: missing required key 'authors'",
                "good/papers/merge.md:4: unknown key 'authers' (did you mean 'authors'?)",
            ],
            ProblemList.Of(result));
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(seeds.DbPath)));
        Assert.Equal(writtenBefore, File.GetLastWriteTimeUtc(seeds.DbPath));
    }

    [Fact]
    public void AFailedImportLeavesNoFileBesideTheCatalog()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Import();
        seeds.Delete("papers/compiler.md");

        seeds.Import();

        Assert.Equal(["catalog.db"], Directory.EnumerateFiles(seeds.Parent).Select(Path.GetFileName));
    }

    [Fact]
    public void TheOldCatalogStillAnswersQueriesAfterAFailedImport()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Import();
        var database = seeds.Database();
        seeds.Replace("papers/merge.md", "date: 1945", "date: 1945-02-30");

        seeds.Import();

        var info = new CatalogQueries(database).Info();
        Assert.Equal((3, 4), (info.PaperCount, info.AuthorCount));
        Assert.Equal("Sorting by Merging", new PaperQueries(database).Get("merge")?.Title);
    }

    [Fact]
    public void AFailedImportWithoutAPreviousCatalogWritesNothing()
    {
        using var seeds = TempSeeds.FromFixture("many-problems");

        var result = seeds.Import();

        Assert.False(result.Succeeded);
        Assert.Empty(Directory.EnumerateFiles(seeds.Parent));
    }

    [Fact]
    public void ASuccessfulImportReportsWhatItImported()
    {
        using var seeds = TempSeeds.FromFixture("good");

        var result = seeds.Import();

        Assert.True(result.Succeeded);
        Assert.Empty(result.Problems);
        Assert.Equal((3, 4), (result.Papers, result.Authors));
        Assert.StartsWith("Imported 3 papers by 4 people (4 name strings) in ", result.Summary);
        Assert.EndsWith(" s.", result.Summary);
        Assert.Equal(["catalog.db"], Directory.EnumerateFiles(seeds.Parent).Select(Path.GetFileName));
    }

    [Fact]
    public void AnImportCreatesTheCatalogsFolderWhenItIsMissing()
    {
        using var seeds = TempSeeds.FromFixture("good");
        var dbPath = Path.Combine(seeds.Parent, "data", "nested", "catalog.db");

        var result = SeedImporter.Import(seeds.Dir, dbPath);

        Assert.True(result.Succeeded);
        Assert.True(File.Exists(dbPath));
    }
}
