using Catalog.Data.Model;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Queries;

/// <summary>What a results page reads from the store once the engine has found its papers: the page's papers with their
/// abstracts and listed authors, in one statement read without Dapper (a row for each author), and the names of the
/// people the author facet counts.</summary>
public static class SearchPageRows
{
    /// <summary>The papers of a page by rowid, each with its abstract (for the snippet) and first
    /// <see cref="PaperQueries.ListedAuthors"/> authors.</summary>
    public static Dictionary<long, (PaperSummary Paper, string Abstract)> Papers(SqliteConnection connection, IReadOnlyList<long> rowIds)
    {
        var papers = new Dictionary<long, (PaperSummary Paper, string Abstract)>(rowIds.Count);
        if (rowIds.Count == 0)
        {
            return papers;
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT p.rowid, p.id, p.title, p.date, p.venue, p.author_count, t.abstract, pa.name, a.slug
            FROM papers p JOIN paper_texts t ON t.rowid = p.rowid
            LEFT JOIN paper_authors pa ON pa.paper = p.rowid AND pa.position < {PaperQueries.ListedAuthors}
            LEFT JOIN authors a ON a.id = pa.author
            WHERE p.rowid IN ({InList(command, rowIds)})
            ORDER BY p.rowid, pa.position
            """;
        var authors = new Dictionary<long, List<AuthorRef>>(rowIds.Count);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var rowId = reader.GetInt64(0);
            if (!authors.TryGetValue(rowId, out var listed))
            {
                listed = [];
                authors[rowId] = listed;
                papers[rowId] = (new PaperSummary(reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), listed, reader.GetInt64(5)),
                    reader.GetString(6));
            }

            if (!reader.IsDBNull(7))
            {
                listed.Add(new AuthorRef(reader.GetString(7), reader.GetString(8)));
            }
        }

        return papers;
    }

    /// <summary>The slug and name of each person, by store id.</summary>
    public static Dictionary<long, (string Slug, string Name)> People(SqliteConnection connection, IReadOnlyList<long> ids)
    {
        var names = new Dictionary<long, (string Slug, string Name)>(ids.Count);
        if (ids.Count == 0)
        {
            return names;
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, slug, name FROM authors WHERE id IN ({InList(command, ids)})";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            names[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2));
        }

        return names;
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>Binds the values as parameters of the command and lists them for an IN clause.</summary>
    private static string InList(SqliteCommand command, IReadOnlyList<long> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            command.Parameters.AddWithValue($"$v{i}", values[i]);
        }

        return string.Join(", ", values.Select((_, i) => $"$v{i}"));
    }
}
