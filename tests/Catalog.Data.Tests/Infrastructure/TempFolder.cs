using Microsoft.Data.Sqlite;

namespace Catalog.Data.Tests.Infrastructure;

/// <summary>A new folder under the system's temp folder, deleted with everything in it when the test is done.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("catalog-data-tests-").FullName;

    public string Path { get; }

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        // Pooled connections keep catalog files open; close the idle ones before the folder goes.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
