using Microsoft.Data.Sqlite;

namespace Catalog.Data.Store;

/// <summary>The one place that says how a catalog file is opened: read-only and pooled for the pages, read-only and
/// unpooled for a look at a file that may be replaced, read-write and unpooled while an import builds a new file
/// (which no one else opens until it is renamed into place).</summary>
public static class CatalogConnections
{
    public static string ReadOnly(string path, bool pooled) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = pooled }.ToString();

    /// <summary>An open read-write connection to a file being built.</summary>
    public static SqliteConnection OpenForBuilding(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
