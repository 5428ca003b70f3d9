using System.Data;
using Catalog.Data.Model;
using Catalog.Data.Seeds;
using Catalog.Data.Store;
using Dapper;

namespace Catalog.Data.Queries;

/// <summary>Papers: one in full, the newest, one author's, and the author lists of many at once (papers that share
/// authors with one are <see cref="RelatedPapers"/>).</summary>
public sealed class PaperQueries(CatalogDatabase database)
{
    /// <summary>Lists show this many authors of a paper; the paper's own page shows all of them.</summary>
    public const int ListedAuthors = 10;

    public PaperDetail? Get(string id)
    {
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<PaperTextRow>($"SELECT {PaperTextRow.Columns} {PaperTextRow.From} WHERE p.id = @id", new { id });
        if (row is null)
        {
            return null;
        }

        long[] rowIds = [row.RowId];
        return row.ToDetail([.. PaperDetailParts.All(connection, rowIds)[row.RowId]], [.. PaperDetailParts.Subjects(connection, rowIds)[row.RowId]],
            AbstractRenderer.ToHtml(row.AbstractMarkdown));
    }

    public IReadOnlyList<PaperSummary> Newest(int limit)
    {
        using var connection = database.Open();
        return Summaries(connection, $"SELECT {PaperRow.Columns} FROM papers p ORDER BY {PaperOrders.Newest} LIMIT @limit", new { limit });
    }

    /// <summary>The rowid, title and abstract of a paper, what the search engine reads to find papers like it; null
    /// for an unknown id.</summary>
    public static (long RowId, string Title, string Abstract)? TextOf(IDbConnection connection, string id)
    {
        var paper = connection.QuerySingleOrDefault<(long RowId, string Title, string Abstract)>(
            "SELECT p.rowid, t.title, t.abstract FROM papers p JOIN paper_texts t ON t.rowid = p.rowid WHERE p.id = @id", new { id });
        return paper.Title is null ? null : paper;
    }

    /// <summary>Every paper's rowid, title and abstract in rowid order, streamed: what the semantic index embeds.</summary>
    public static IEnumerable<(long RowId, string Title, string Abstract)> Texts(IDbConnection connection) =>
        connection.Query<(long RowId, string Title, string Abstract)>(
            "SELECT rowid, title, abstract FROM paper_texts ORDER BY rowid", buffered: false);

    /// <summary>The rowid, title and abstract of these papers.</summary>
    public static IReadOnlyList<(long RowId, string Title, string Abstract)> TextsOf(IDbConnection connection, IReadOnlyCollection<long> rowIds) =>
        [.. connection.Query<(long RowId, string Title, string Abstract)>(
            "SELECT rowid, title, abstract FROM paper_texts WHERE rowid IN @rowIds", new { rowIds })];

    /// <summary>These papers as lines of a list, by rowid, each with its first <see cref="ListedAuthors"/> authors.</summary>
    public static IReadOnlyDictionary<long, PaperSummary> SummariesByRowId(IDbConnection connection, IReadOnlyCollection<long> rowIds) =>
        SummaryRows(connection, $"SELECT {PaperRow.Columns} FROM papers p WHERE p.rowid IN @rowIds", new { rowIds })
            .ToDictionary(row => row.RowId, row => row.Paper);

    /// <summary>Papers by one author, newest first.</summary>
    public static IReadOnlyList<PaperSummary> ByAuthor(IDbConnection connection, long authorId) =>
        Summaries(connection, $"""
            SELECT {PaperRow.Columns} FROM author_papers ap JOIN papers p ON p.rowid = ap.paper
            WHERE ap.author = @authorId ORDER BY {PaperOrders.Newest}
            """, new { authorId });

    /// <summary>The first <see cref="ListedAuthors"/> authors of each paper, in order and as printed, by paper rowid.</summary>
    public static IReadOnlyDictionary<long, IReadOnlyList<AuthorRef>> AuthorsOf(IDbConnection connection, IEnumerable<long> paperRowIds)
    {
        var ids = paperRowIds.ToArray();
        var lists = ids.ToDictionary(id => id, _ => new List<AuthorRef>());
        if (ids.Length > 0)
        {
            var rows = connection.Query<(long Paper, string Name, string Slug)>($"""
                SELECT pa.paper, pa.name, a.slug FROM paper_authors pa JOIN authors a ON a.id = pa.author
                WHERE pa.paper IN @ids AND pa.position < {ListedAuthors} ORDER BY pa.paper, pa.position
                """, new { ids });
            foreach (var (paper, name, slug) in rows)
            {
                lists[paper].Add(new AuthorRef(name, slug));
            }
        }

        return lists.ToDictionary(p => p.Key, p => (IReadOnlyList<AuthorRef>)p.Value);
    }

    /// <summary>The authors with these slugs, in the order given; unknown slugs are left out.</summary>
    public static IReadOnlyList<AuthorRef> AuthorsBySlug(IDbConnection connection, IReadOnlyList<string> slugs)
    {
        if (slugs.Count == 0)
        {
            return [];
        }

        var found = connection.Query<AuthorRef>("SELECT name AS Name, slug AS Slug FROM authors WHERE slug IN @slugs", new { slugs })
            .ToDictionary(a => a.Slug);
        return [.. slugs.Where(found.ContainsKey).Select(s => found[s])];
    }

    /// <summary>The people with these slugs, for a search's author filter: their ids, or null when a slug names no one
    /// (then nothing can match).</summary>
    public static IReadOnlyList<long>? PersonIds(IDbConnection connection, IReadOnlyList<string> slugs)
    {
        var distinct = slugs.Distinct().ToList();
        if (distinct.Count == 0)
        {
            return [];
        }

        var people = connection.Query<long>("SELECT id FROM authors WHERE slug IN @slugs", new { slugs = distinct }).AsList();
        return people.Count < distinct.Count ? null : people;
    }

    private static List<PaperSummary> Summaries(IDbConnection connection, string sql, object parameters) =>
        SummaryRows(connection, sql, parameters).ConvertAll(row => row.Paper);

    private static List<(long RowId, PaperSummary Paper)> SummaryRows(IDbConnection connection, string sql, object parameters)
    {
        var rows = connection.Query<PaperRow>(sql, parameters).AsList();
        var authors = AuthorsOf(connection, rows.Select(r => r.RowId));
        return rows.ConvertAll(r => (r.RowId, new PaperSummary(r.Id, r.Title, r.Date, r.Venue, authors[r.RowId], r.AuthorCount)));
    }
}
