using System.Data;
using Catalog.Data.Store;
using Dapper;

namespace Catalog.Data.Search;

/// <summary>Counts the results by person (whatever spelling their papers print), most results first, ties in name order, which is author id order (see
/// AuthorTable). It is the filter's most expensive count: a common word's matches have hundreds of thousands of author
/// links. Large result sets first try the catalog's most prolific authors alone; when the last author shown has more
/// matches than anyone outside them has papers, no one else can rank, and the counts are exact.</summary>
internal static class AuthorFacetCounter
{
    /// <summary>How many of the most prolific authors the shortcut counts.</summary>
    public const int ProlificAuthors = 2_000;

    /// <summary>The shortcut is tried when the results are at least this share of the catalog: smaller sets are cheap to
    /// count in full, and their top authors have too few results to rise above everyone outside the prolific ones
    /// (measured on 86k arXiv papers: a fifth of the catalog and up gains, a tenth loses the try).</summary>
    public const double ShortcutMinShare = 0.2;

    /// <summary>The top <paramref name="limit"/> authors of the results, most results first, ties by name.</summary>
    public static List<FacetValue> Count(IDbConnection connection, MatchScope scope, int limit, long hits)
    {
        var papers = CatalogSize.Papers(connection);
        var tryProlific = hits >= ShortcutMinShare * papers;
        return (tryProlific ? CountProlific(connection, scope, limit) : null) ?? CountAll(connection, scope, limit);
    }

    /// <summary>The counts of the most prolific authors, or null when they cannot be shown to be the top ones.</summary>
    internal static List<FacetValue>? CountProlific(IDbConnection connection, MatchScope scope, int limit)
    {
        // The most papers anyone outside the prolific authors has: the most matches such an author can have.
        var outsideMost = connection.ExecuteScalar<long?>(
            "SELECT paper_count FROM authors ORDER BY paper_count DESC, name LIMIT 1 OFFSET @prolific", new { prolific = ProlificAuthors });
        // The unary + keeps the match list from driving the full-text index one paper at a time.
        var counts = connection.Query<FacetRow>($"""
            SELECT a.slug AS Value, a.name AS Label, c.n AS Count
            FROM (
                SELECT ap.author AS author, count(*) AS n FROM author_papers ap
                WHERE ap.author IN (SELECT id FROM authors ORDER BY paper_count DESC, name LIMIT {ProlificAuthors})
                  AND +ap.paper IN (SELECT {scope.RowId} {scope.From(withPapers: false)})
                GROUP BY ap.author ORDER BY n DESC, ap.author LIMIT {limit}
            ) c JOIN authors a ON a.id = c.author
            ORDER BY c.n DESC, c.author
            """, scope.Parameters).Select(r => r.ToFacet()).ToList();
        var exact = outsideMost is null || (counts.Count == limit && counts[^1].Count > outsideMost);
        return exact ? counts : null;
    }

    /// <summary>Counts every author of every result.</summary>
    internal static List<FacetValue> CountAll(IDbConnection connection, MatchScope scope, int limit) =>
        // Only the authors shown are looked up; ties among thousands of authors with one result each need no names.
        connection.Query<FacetRow>($"""
            SELECT a.slug AS Value, a.name AS Label, c.n AS Count
            FROM (
                SELECT ap.author AS author, count(*) AS n
                FROM ({"SELECT " + scope.RowId + " AS paper " + scope.From(withPapers: false)}) hits
                JOIN author_papers ap ON ap.paper = hits.paper
                GROUP BY ap.author ORDER BY n DESC, ap.author LIMIT {limit}
            ) c JOIN authors a ON a.id = c.author
            ORDER BY c.n DESC, c.author
            """, scope.Parameters).Select(r => r.ToFacet()).ToList();
}
