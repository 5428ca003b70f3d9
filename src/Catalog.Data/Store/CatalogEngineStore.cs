using System.Buffers;
using System.Globalization;
using Catalog.Data.Search.Engine.Build;
using Catalog.Data.Search.Engine.Persistence;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Store;

/// <summary>The engine's view of a catalog file: the one place that knows which tables hold a paper's searched texts, its
/// people, year, venue and subjects, the store's sort orders, and the table <c>engine_parts</c> where the engine's arrays
/// are saved in chunks of 1 MiB (so neither side holds a second copy of a large array).</summary>
public sealed class CatalogEngineStore(SqliteConnection connection) : IEngineStore
{
    private const int ChunkBytes = 1 << 20;

    /// <summary>Every paper in rowid order. Its people (distinct, from author_papers) and subjects come from cursors
    /// walked beside the first.</summary>
    public IEnumerable<EngineDocument> Documents()
    {
        using var papers = connection.CreateCommand();
        papers.CommandText = """
            SELECT t.rowid, t.title, t.authors, t.abstract, p.year, p.venue
            FROM paper_texts t JOIN papers p ON p.rowid = t.rowid
            ORDER BY t.rowid
            """;
        using var paperRows = papers.ExecuteReader();
        using var people = new PairCursor(connection, "SELECT paper, author FROM author_papers ORDER BY paper, author");
        using var subjects = new PairCursor(connection, "SELECT paper, subject FROM paper_subjects ORDER BY paper, position");
        while (paperRows.Read())
        {
            var rowId = paperRows.GetInt64(0);
            var ids = people.ValuesOf(rowId, (reader, i) => reader.GetInt64(i));

            yield return new EngineDocument(
                rowId,
                paperRows.GetString(1),
                paperRows.GetString(2),
                paperRows.GetString(3),
                paperRows.IsDBNull(4) ? null : paperRows.GetInt32(4),
                paperRows.IsDBNull(5) ? null : paperRows.GetString(5),
                ids,
                subjects.ValuesOf(rowId, (reader, i) => reader.GetString(i)));
        }
    }

    /// <summary>The rowids in each order the results page offers, by the very ORDER BY clauses the store's indexes match.</summary>
    public EngineSortOrders SortOrders() => new(RowIds(PaperOrders.Newest), RowIds(PaperOrders.Oldest), RowIds(PaperOrders.Title));

    public long PartLength(string name)
    {
        using var size = connection.CreateCommand();
        size.CommandText = "SELECT coalesce(sum(length(data)), 0) FROM engine_parts WHERE name = $name";
        size.Parameters.AddWithValue("$name", name);
        return Convert.ToInt64(size.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void ReadPart(string name, Span<byte> into)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT data FROM engine_parts WHERE name = $name ORDER BY chunk";
        select.Parameters.AddWithValue("$name", name);
        using var reader = select.ExecuteReader();
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            var at = 0;
            while (reader.Read())
            {
                var length = (int)reader.GetBytes(0, 0, buffer, 0, ChunkBytes);
                buffer.AsSpan(0, length).CopyTo(into[at..]);
                at += length;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public IEnginePartWriter WriteParts() => new PartWriter(connection);

    private List<long> RowIds(string order)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT p.rowid FROM papers p ORDER BY {order}";
        using var reader = command.ExecuteReader();
        var rowIds = new List<long>();
        while (reader.Read())
        {
            rowIds.Add(reader.GetInt64(0));
        }

        return rowIds;
    }

    /// <summary>Inserts each part in chunks inside one transaction, through one prepared statement and one reused
    /// buffer for the full chunks.</summary>
    private sealed class PartWriter : IEnginePartWriter
    {
        private readonly SqliteTransaction _transaction;
        private readonly SqliteCommand _insert;
        private readonly SqliteParameter _name;
        private readonly SqliteParameter _chunk;
        private readonly SqliteParameter _data;
        private readonly byte[] _buffer = new byte[ChunkBytes];

        public PartWriter(SqliteConnection connection)
        {
            _transaction = connection.BeginTransaction();
            _insert = connection.CreateCommand();
            _insert.Transaction = _transaction;
            _insert.CommandText = "INSERT INTO engine_parts (name, chunk, data) VALUES ($name, $chunk, $data)";
            _name = _insert.Parameters.Add("$name", SqliteType.Text);
            _chunk = _insert.Parameters.Add("$chunk", SqliteType.Integer);
            _data = _insert.Parameters.Add("$data", SqliteType.Blob);
            _insert.Prepare();
        }

        public void Write(string name, ReadOnlySpan<byte> bytes)
        {
            _name.Value = name;
            for (var (number, at) = (0, 0); at < bytes.Length; number++, at += ChunkBytes)
            {
                var slice = bytes.Slice(at, Math.Min(ChunkBytes, bytes.Length - at));
                var blob = slice.Length == ChunkBytes ? _buffer : new byte[slice.Length];
                slice.CopyTo(blob);
                (_chunk.Value, _data.Value) = (number, blob);
                _insert.ExecuteNonQuery();
            }
        }

        public void Commit() => _transaction.Commit();

        public void Dispose()
        {
            _insert.Dispose();
            _transaction.Dispose();
        }
    }
}
