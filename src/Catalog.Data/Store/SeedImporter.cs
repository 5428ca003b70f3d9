using System.Diagnostics;
using Catalog.Data.Seeds;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Store;

/// <summary>Imports a seeds folder into a catalog file. The new catalog is built beside the old one and renamed over
/// it only when it is complete, so a failed or interrupted import leaves the previous catalog exactly as it was,
/// and readers see either the old catalog or the new one, never a mix.</summary>
public static class SeedImporter
{
    public static ImportResult Import(string seedsDir, string dbPath)
    {
        var stopwatch = Stopwatch.StartNew();
        var read = SeedFolderReader.Read(seedsDir);
        if (read.Catalog is null)
        {
            return new ImportResult(false, read.Problems, 0, 0, stopwatch.Elapsed);
        }

        var fullDbPath = Path.GetFullPath(dbPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullDbPath)!);
        var building = $"{fullDbPath}.{Environment.ProcessId}-{Guid.NewGuid():N}.importing";
        try
        {
            var authors = CatalogWriter.Write(building, read.Catalog);
            File.Move(building, fullDbPath, overwrite: true);
            return new ImportResult(true, read.Problems, read.Catalog.Papers.Count, authors, stopwatch.Elapsed);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(building);
        }
    }

    /// <summary>True when the catalog file is missing, of another schema version, or older than any seed file.</summary>
    public static bool NeedsImport(string seedsDir, string dbPath)
    {
        if (!File.Exists(dbPath) || CatalogDatabase.ReadSchemaVersion(dbPath) != CatalogSchema.Version)
        {
            return true;
        }

        if (!Directory.Exists(seedsDir))
        {
            return false;
        }

        var built = File.GetLastWriteTimeUtc(dbPath);
        return Directory.EnumerateFiles(seedsDir, "*", SearchOption.AllDirectories).Any(f => File.GetLastWriteTimeUtc(f) > built);
    }
}
