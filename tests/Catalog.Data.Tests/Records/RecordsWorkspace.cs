using Microsoft.Data.Sqlite;

namespace Catalog.Data.Tests.Records;

/// <summary>A temp folder for one test: a records file to write, a seeds folder and a catalog file. Deleted after.</summary>
public sealed class RecordsWorkspace : IDisposable
{
    public RecordsWorkspace() => Path = Directory.CreateTempSubdirectory("catalog-records-tests-").FullName;

    public string Path { get; }

    public string Seeds => System.IO.Path.Combine(Path, "seeds");

    public string Db => System.IO.Path.Combine(Path, "catalog.db");

    public string PaperFile(string id) => System.IO.Path.Combine(Seeds, "papers", id + ".md");

    /// <summary>Writes JSON lines to a records file in the folder and returns its path.</summary>
    public string WriteRecords(string name, params string[] lines)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    /// <summary>The committed sample of real records, found by walking up from the test assembly to the repository.</summary>
    public static string Sample(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "Catalog.Data.Tests", "Records", "Samples", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No folder above {AppContext.BaseDirectory} holds tests/Catalog.Data.Tests/Records/Samples/{fileName}.");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
