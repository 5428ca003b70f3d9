using Catalog.Data.Import;
using Catalog.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Tests.Store;

public sealed class NeedsImportTests
{
    [Fact]
    public void AMissingCatalogNeedsAnImport()
    {
        using var seeds = TempSeeds.FromFixture("good");

        Assert.True(SeedImporter.NeedsImport(seeds.Dir, seeds.DbPath));
    }

    [Fact]
    public void AFreshCatalogDoesNotNeedAnImport()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Import();

        Assert.False(SeedImporter.NeedsImport(seeds.Dir, seeds.DbPath));
    }

    [Fact]
    public void ASeedFileChangedAfterTheImportNeedsAnImport()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Import();
        File.SetLastWriteTimeUtc(seeds.PathOf("papers/merge.md"), File.GetLastWriteTimeUtc(seeds.DbPath).AddSeconds(5));

        Assert.True(SeedImporter.NeedsImport(seeds.Dir, seeds.DbPath));
    }

    [Fact]
    public void ACatalogOfAnotherSchemaVersionNeedsAnImport()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Import();
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = seeds.DbPath, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999";
            command.ExecuteNonQuery();
        }

        File.SetLastWriteTimeUtc(seeds.DbPath, DateTime.UtcNow.AddMinutes(1));

        Assert.True(SeedImporter.NeedsImport(seeds.Dir, seeds.DbPath));
    }

    [Fact]
    public void AFileThatIsNotADatabaseNeedsAnImport()
    {
        using var seeds = TempSeeds.FromFixture("good");
        File.WriteAllText(seeds.DbPath, "not a database");

        Assert.True(SeedImporter.NeedsImport(seeds.Dir, seeds.DbPath));
    }
}
