using Microsoft.Data.Sqlite;

namespace Catalog.Data.Store;

/// <summary>Read-only access to a catalog file. An import replaces the file by renaming a new one over it;
/// this class notices that and moves new connections, and the <see cref="Version"/> that caches key on, to the new file.
/// A file moved away or deleted is not a new catalog: the pooled connections keep reading the file they have open, and
/// a connection that cannot be opened is a <see cref="CatalogUnavailableException"/>.</summary>
public sealed class CatalogDatabase
{
    private static readonly TimeSpan s_checkInterval = TimeSpan.FromSeconds(1);
    private readonly string _connectionString;
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private (DateTime Written, long Length) _fileStamp;
    private long _nextCheck;
    private long _version;

    public CatalogDatabase(string path, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = CatalogConnections.ReadOnly(Path, pooled: true);
        _fileStamp = Stamp();
        VersionTag = Tag(_fileStamp);
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

    /// <summary>Names the catalog file's content (its modification time and length), the same in every process that
    /// serves a copy of it, for HTTP validators such as ETags.</summary>
    public string VersionTag { get; private set; }

    public bool Exists => File.Exists(Path);

    public SqliteConnection Open()
    {
        CheckForNewFile();
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new CatalogUnavailableException($"The catalog file {Path} cannot be opened: {ex.Message}", ex);
        }

        return connection;
    }

    /// <summary>Looks for a new catalog file now rather than at the next check, after an import in this process.</summary>
    public void Refresh()
    {
        Interlocked.Exchange(ref _nextCheck, long.MinValue);
        CheckForNewFile();
    }

    internal static int ReadSchemaVersion(string path)
    {
        try
        {
            using var connection = new SqliteConnection(CatalogConnections.ReadOnly(path, pooled: false));
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
        var now = _time.GetTimestamp();
        if (now < Interlocked.Read(ref _nextCheck))
        {
            return;
        }

        lock (_lock)
        {
            _nextCheck = now + (long)(s_checkInterval.TotalSeconds * _time.TimestampFrequency);
            var stamp = Stamp();
            if (stamp != _fileStamp && stamp.Length > 0)
            {
                _fileStamp = stamp;
                VersionTag = Tag(stamp);
                SqliteConnection.ClearAllPools();
                Interlocked.Increment(ref _version);
            }
        }
    }

    private static string Tag((DateTime Written, long Length) stamp) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stamp.Written.Ticks:x}-{stamp.Length:x}");

    private (DateTime Written, long Length) Stamp()
    {
        var info = new FileInfo(Path);
        return info.Exists ? (info.LastWriteTimeUtc, info.Length) : (default, 0);
    }
}
