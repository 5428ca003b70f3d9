using System.Diagnostics;
using Catalog.Data.Search.Engine;
using Catalog.Data.Seeds;
using Catalog.Data.Store;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Import;

/// <summary>Imports a seeds folder into a catalog file: the papers and people into the store's tables
/// (<see cref="CatalogWriter"/>), then the search engine built from them and saved beside them
/// (<see cref="SearchEngine.BuildAndSave"/>). The new catalog is built beside the old one and renamed over
/// it only when every paper file is valid, so a failed or interrupted import leaves the previous catalog exactly as it
/// was, and readers see either the old catalog or the new one, never a mix. The file uses the rollback journal, not WAL:
/// a -wal/-shm pair left by readers of the old file would be read against the new one after the rename, and readers of a
/// read-only catalog gain nothing from WAL. <see cref="Check(string)"/> is the same import into a writer that writes
/// nothing.</summary>
public static class SeedImporter
{
    public static ImportResult Import(string seedsDir, string dbPath)
    {
        var stopwatch = Stopwatch.StartNew();
        var folder = SeedFolder.Open(seedsDir);
        var problems = new List<SeedProblem>(folder.Problems);
        if (folder.Index is null)
        {
            return ImportResult.Failed(Sorted(problems), stopwatch.Elapsed);
        }

        var fullDbPath = Path.GetFullPath(dbPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullDbPath)!);
        StaleImportFiles.Remove(fullDbPath);
        var building = $"{fullDbPath}.{Environment.ProcessId}-{Guid.NewGuid():N}.importing";
        try
        {
            int papers, people, names;
            using (var writer = new CatalogWriter(building, folder.People))
            {
                if (!ReadInto(writer, folder, folder.Index, problems))
                {
                    return ImportResult.Failed(Sorted(problems), stopwatch.Elapsed);
                }

                (papers, people, names) = (writer.Papers, writer.People, writer.Names);
            }

            // The writer's memory is let go, and given back to the system, before the engine is built: the import's
            // peak is the engine's build.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            using (var connection = CatalogConnections.OpenForBuilding(building))
            {
                SearchEngine.BuildAndSave(new CatalogEngineStore(connection));
            }

            File.Move(building, fullDbPath, overwrite: true);
            return new ImportResult(true, Sorted(problems), papers, people, stopwatch.Elapsed) { Names = names };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            problems.Add(new(fullDbPath, 1, $"could not write the catalog: {ex.Message}"));
            return ImportResult.Failed(Sorted(problems), stopwatch.Elapsed);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(building);
        }
    }

    /// <summary>An import that writes nothing: the same reading of every file, with the same problems and counts, and
    /// no catalog file made or touched.</summary>
    public static ImportResult Check(string seedsDir)
    {
        var stopwatch = Stopwatch.StartNew();
        var folder = SeedFolder.Open(seedsDir);
        using var writer = new NullCatalogWriter(folder.People);
        return Check(folder, writer, stopwatch);
    }

    /// <summary>A check into the writer given, which tests give to keep the papers.</summary>
    internal static ImportResult Check(SeedFolder folder, ICatalogWriter writer, Stopwatch stopwatch)
    {
        var problems = new List<SeedProblem>(folder.Problems);
        if (folder.Index is null || !ReadInto(writer, folder, folder.Index, problems))
        {
            return ImportResult.Failed(Sorted(problems), stopwatch.Elapsed);
        }

        return new ImportResult(true, Sorted(problems), writer.Papers, writer.People, stopwatch.Elapsed) { Names = writer.Names };
    }

    /// <summary>The one loop over a seeds folder's papers, for an import and a check alike: each paper's problems and
    /// id are collected, papers go to the writer until the first error, then the unlisted files and, when nothing
    /// failed, the people no paper claims; the writer is completed only then. Problems are added to
    /// <paramref name="problems"/> as they are found, so a writer that fails midway still reports them. False when an
    /// error means the writer was not completed.</summary>
    private static bool ReadInto(ICatalogWriter writer, SeedFolder folder, SeedIndex index, List<SeedProblem> problems)
    {
        var claimed = new List<SeedAuthor>();
        var ids = new PaperIdRegistry();
        var failed = problems.Any(p => p.IsError);
        foreach (var (paper, paperProblems) in folder.ParsePapers())
        {
            problems.AddRange(paperProblems);
            failed |= paperProblems.Any(p => p.IsError);
            if (paper is not null && !ids.Register(paper, problems))
            {
                failed = true;
            }
            else if (paper is not null && !failed)
            {
                claimed.AddRange(paper.Authors.Where(a => a.Person is not null));
                // After the first error the rest is still parsed, to report every problem, but no longer written.
                writer.Add(paper);
            }
        }

        problems.AddRange(folder.UnlistedFiles());
        if (failed)
        {
            return false;
        }

        problems.AddRange(folder.People.Unclaimed(claimed));
        writer.Complete(index);
        return true;
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

    /// <summary>Problems in file and line order, as a person works through them; problems on one line keep the order
    /// they were found in.</summary>
    private static List<SeedProblem> Sorted(List<SeedProblem> problems) =>
        [.. problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line)];
}
