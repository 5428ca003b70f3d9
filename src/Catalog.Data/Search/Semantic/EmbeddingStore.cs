using Microsoft.Data.Sqlite;

namespace Catalog.Data.Search.Semantic;

/// <summary>The papers' vectors, kept in a SQLite file beside the catalog (<c>catalog.db</c>:
/// <c>catalog.embeddings.db</c>) under their <see cref="EmbeddingKey"/>. Beside it, not in it: the catalog file is built
/// whole by an import and its stamp is the version every cache keys on, while this file outlives imports, so a
/// re-import embeds only the texts that changed. It is a cache, and never the reason a search fails: a file that is
/// missing is created, one that is corrupt or of another layout is reported and made again, one that another process
/// holds locked past the busy timeout reads as empty and is not written (the vectors are computed again later). WAL, so
/// the app and an import can both write.</summary>
public sealed class EmbeddingStore
{
    private const int Layout = 1;

    private const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS embeddings (
            key    TEXT PRIMARY KEY,   -- EmbeddingKey: SHA-256 of the model's name and the text, hex
            model  TEXT NOT NULL,
            scale  REAL NOT NULL,      -- number i is vector[i] * scale
            vector BLOB NOT NULL       -- one signed byte per number
        ) WITHOUT ROWID;
        """;

    private readonly string _connectionString;
    private readonly Action<string> _problem;
    private readonly Lock _recreating = new();

    /// <param name="path">The file; created when missing.</param>
    /// <param name="problem">Told, in a sentence, what went wrong with the file and what was done about it.</param>
    /// <param name="busySeconds">How long a statement waits for another process's write to end.</param>
    public EmbeddingStore(string path, Action<string>? problem = null, int busySeconds = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(busySeconds);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _problem = problem ?? (_ => { });
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            // Microsoft.Data.Sqlite retries a busy database until the command timeout: another writer's batch is short.
            DefaultTimeout = busySeconds,
        }.ToString();
    }

    public string Path { get; }

    /// <summary>The store beside a catalog file.</summary>
    public static EmbeddingStore Beside(string catalogPath, Action<string>? problem = null) => new(PathBeside(catalogPath), problem);

    /// <summary><c>/data/catalog.db</c>: <c>/data/catalog.embeddings.db</c>.</summary>
    public static string PathBeside(string catalogPath) =>
        System.IO.Path.ChangeExtension(System.IO.Path.GetFullPath(catalogPath), ".embeddings.db");

    /// <summary>The stored vectors of <paramref name="model"/> among <paramref name="keys"/> (one pass over the file);
    /// a stored vector of the wrong length is left out, as if missing.</summary>
    public Dictionary<string, QuantizedVector> Read(string model, int dimensions, IReadOnlySet<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, QuantizedVector>(StringComparer.Ordinal);
        Use("read", connection =>
        {
            found.Clear();
            using var select = connection.CreateCommand();
            select.CommandText = "SELECT key, scale, vector FROM embeddings WHERE model = $model";
            select.Parameters.AddWithValue("$model", model);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var key = reader.GetString(0);
                if (!keys.Contains(key) || reader.IsDBNull(2))
                {
                    continue;
                }

                var scale = reader.GetDouble(1);
                var bytes = (byte[])reader.GetValue(2);
                if (bytes.Length == dimensions && double.IsFinite(scale) && scale >= 0)
                {
                    found[key] = QuantizedVector.FromBytes(bytes, (float)scale);
                }
            }
        });
        return found;
    }

    /// <summary>Stores vectors of <paramref name="model"/> in one transaction; false when the file could not be written
    /// (reported), in which case they are simply computed again another time.</summary>
    public bool Write(string model, IReadOnlyList<(string Key, QuantizedVector Vector)> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        return Use("write", connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT OR REPLACE INTO embeddings (key, model, scale, vector) VALUES ($key, $model, $scale, $vector)";
            var key = insert.Parameters.Add("$key", SqliteType.Text);
            insert.Parameters.AddWithValue("$model", model);
            var scale = insert.Parameters.Add("$scale", SqliteType.Real);
            var vector = insert.Parameters.Add("$vector", SqliteType.Blob);
            foreach (var (k, v) in vectors)
            {
                key.Value = k;
                scale.Value = (double)v.Scale;
                vector.Value = v.ToBytes();
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        });
    }

    /// <summary>Vectors stored, of every model.</summary>
    public long Count()
    {
        long count = 0;
        Use("count", connection =>
        {
            using var select = connection.CreateCommand();
            select.CommandText = "SELECT count(*) FROM embeddings";
            count = (long)select.ExecuteScalar()!;
        });
        return count;
    }

    /// <summary>Removes the vectors of texts no longer in <paramref name="keep"/>, of any model: what re-imports leave
    /// behind. Returns how many went.</summary>
    public int Prune(IReadOnlySet<string> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var removed = 0;
        Use("prune", connection =>
        {
            var stale = new List<string>();
            using (var select = connection.CreateCommand())
            {
                select.CommandText = "SELECT key FROM embeddings";
                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    if (!keep.Contains(reader.GetString(0)))
                    {
                        stale.Add(reader.GetString(0));
                    }
                }
            }

            using var transaction = connection.BeginTransaction();
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM embeddings WHERE key = $key";
            var key = delete.Parameters.Add("$key", SqliteType.Text);
            foreach (var k in stale)
            {
                key.Value = k;
                removed += delete.ExecuteNonQuery();
            }

            transaction.Commit();
        });
        return removed;
    }

    /// <summary>Runs <paramref name="work"/> on an open, current file. A busy file is reported and skipped; a broken
    /// one (corrupt, not a database, another layout) is reported, made again, and the work tried once more.</summary>
    private bool Use(string doing, Action<SqliteConnection> work)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var connection = new SqliteConnection(_connectionString);
                connection.Open();
                EnsureLayout(connection);
                work(connection);
                return true;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
            {
                _problem($"The embeddings file {Path} is busy ({doing}: {ex.Message}); going on without it for now.");
                return false;
            }
            catch (Exception ex) when (ex is SqliteException or InvalidDataException or InvalidCastException)
            {
                if (attempt > 0 || !Recreate())
                {
                    _problem($"The embeddings file {Path} cannot be used ({doing}: {ex.Message}); going on without it.");
                    return false;
                }

                _problem($"The embeddings file {Path} was unreadable ({doing}: {ex.Message}); it was made again, empty.");
            }
        }
    }

    private static void EnsureLayout(SqliteConnection connection)
    {
        using var version = connection.CreateCommand();
        version.CommandText = "PRAGMA user_version";
        var layout = Convert.ToInt32(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (layout == Layout)
        {
            return;
        }

        if (layout != 0)
        {
            throw new InvalidDataException($"layout {layout}, not {Layout}");
        }

        using var create = connection.CreateCommand();
        create.CommandText = Create + $"PRAGMA user_version = {Layout};";
        create.ExecuteNonQuery();
    }

    private bool Recreate()
    {
        lock (_recreating)
        {
            try
            {
                foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
                {
                    File.Delete(Path + suffix);
                }

                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
