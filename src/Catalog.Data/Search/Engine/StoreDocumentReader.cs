using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Search.Engine;

/// <summary>Reads what the engine is built from out of the store: the one place that knows which tables hold a paper's
/// searched texts, its people, year, venue and subjects, and the store's sort orders.</summary>
internal static class StoreDocumentReader
{
    /// <summary>Every paper in rowid order. The people come from a second cursor walked beside the first.</summary>
    public static IEnumerable<EngineDocument> Documents(SqliteConnection connection)
    {
        using var papers = connection.CreateCommand();
        papers.CommandText = """
            SELECT t.rowid, t.title, t.authors, t.abstract, p.year, p.venue
            FROM paper_texts t JOIN papers p ON p.rowid = t.rowid
            ORDER BY t.rowid
            """;
        using var people = connection.CreateCommand();
        people.CommandText = "SELECT paper, author FROM paper_authors ORDER BY paper, position";
        using var paperRows = papers.ExecuteReader();
        using var personRows = people.ExecuteReader();
        var hasPerson = personRows.Read();
        while (paperRows.Read())
        {
            var rowId = paperRows.GetInt64(0);
            var ids = new List<long>();
            while (hasPerson && personRows.GetInt64(0) <= rowId)
            {
                if (personRows.GetInt64(0) == rowId && !ids.Contains(personRows.GetInt64(1)))
                {
                    ids.Add(personRows.GetInt64(1));
                }

                hasPerson = personRows.Read();
            }

            yield return new EngineDocument(
                rowId,
                paperRows.GetString(1),
                paperRows.GetString(2),
                paperRows.GetString(3),
                paperRows.IsDBNull(4) ? null : paperRows.GetInt32(4),
                paperRows.IsDBNull(5) ? null : paperRows.GetString(5),
                ids,
                []);
        }
    }

    /// <summary>The rowids in each order the results page offers, by the very ORDER BY clauses the store's indexes match.</summary>
    public static EngineSortOrders SortOrders(SqliteConnection connection) => new(
        RowIds(connection, "p.date IS NULL, p.date DESC, p.rowid"),
        RowIds(connection, "p.date IS NULL, p.date, p.rowid"),
        RowIds(connection, "p.title COLLATE NOCASE, p.rowid"));

    public static SearchEngine Build(SqliteConnection connection) => SearchEngine.Build(Documents(connection), SortOrders(connection));

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
