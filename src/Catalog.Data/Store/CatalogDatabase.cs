using Microsoft.Data.Sqlite;

namespace Catalog.Data.Store;

/// <summary>Read-only access to a catalog file. An import replaces the file by renaming a new one over it;
/// this class notices that and moves new connections, and the <see cref="Version"/> that caches key on, to the new file.</summary>
public sealed class CatalogDatabase
{
    private static readonly TimeSpan s_checkInterval = TimeSpan.FromSeconds(1);
    private readonly string _connectionString;
    private readonly Lock _lock = new();
    private (DateTime Written, long Length) _fileStamp;
    private long _nextCheck;
    private long _version;

    public CatalogDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
        }.ToString();
        _fileStamp = Stamp();
    }

    public string Path { get; }

    /// <summary>Changes whenever a new catalog file has been swapped in.</summary>
    public long Version
    {
        get
        {
            CheckForNewFile();
            return Interlocked.Read(ref _version);
        }
    }

    public bool Exists => File.Exists(Path);

    public SqliteConnection Open()
    {
        CheckForNewFile();
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    internal static int ReadSchemaVersion(string path)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return -1;
        }
    }

    private void CheckForNewFile()
    {
        var now = Environment.TickCount64;
        if (now < Interlocked.Read(ref _nextCheck))
        {
            return;
        }

        lock (_lock)
        {
            _nextCheck = now + (long)s_checkInterval.TotalMilliseconds;
            var stamp = Stamp();
            if (stamp != _fileStamp)
            {
                _fileStamp = stamp;
                SqliteConnection.ClearAllPools();
                Interlocked.Increment(ref _version);
            }
        }
    }

    private (DateTime, long) Stamp()
    {
        var info = new FileInfo(Path);
        return info.Exists ? (info.LastWriteTimeUtc, info.Length) : (default, 0);
    }
}
