using System.Globalization;
using Catalog.Data.Search.Engine.Build;
using Catalog.Data.Search.Engine.Index;
using Catalog.Data.Store;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Search.Engine.Persistence;

/// <summary>Reads what the engine is built from out of the store: the one place that knows which tables hold a paper's
/// searched texts, its people, year, venue and subjects, and the store's sort orders.</summary>
internal static class StoreDocumentReader
{
    /// <summary>Every paper in rowid order. Its people (distinct, from author_papers) and subjects come from cursors
    /// walked beside the first.</summary>
    public static IEnumerable<EngineDocument> Documents(SqliteConnection connection)
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

    /// <summary>The engine's index of every paper in the store, built from them.</summary>
    public static SearchIndex BuildIndex(SqliteConnection connection) => IndexBuilder.Build(Documents(connection), SortOrders(connection));

    /// <summary>The rowids in each order the results page offers, by the very ORDER BY clauses the store's indexes match.</summary>
    public static EngineSortOrders SortOrders(SqliteConnection connection) => new(
        RowIds(connection, PaperOrders.Newest),
        RowIds(connection, PaperOrders.Oldest),
        RowIds(connection, PaperOrders.Title));

    private static List<long> RowIds(SqliteConnection connection, string order)
    {
        using var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"SELECT p.rowid FROM papers p ORDER BY {order}");
        using var reader = command.ExecuteReader();
        var rowIds = new List<long>();
        while (reader.Read())
        {
            rowIds.Add(reader.GetInt64(0));
        }

        return rowIds;
    }
}
