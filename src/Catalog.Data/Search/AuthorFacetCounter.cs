using System.Data;
using Catalog.Data.Store;
using Dapper;

namespace Catalog.Data.Search;

/// <summary>Counts the results by author, the filter's most expensive count: a common word's matches have hundreds of
/// thousands of author links. Large result sets first try the catalog's most prolific authors alone; when the last
/// author shown has more matches than anyone outside them has papers, no one else can rank, and the counts are exact.</summary>
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
                SELECT pa.author AS author, count(*) AS n FROM paper_authors pa
                WHERE pa.author IN (SELECT id FROM authors ORDER BY paper_count DESC, name LIMIT {ProlificAuthors})
                  AND +pa.paper IN (SELECT {scope.RowId} {scope.From(withPapers: false)})
                GROUP BY pa.author
            ) c JOIN authors a ON a.id = c.author
            ORDER BY Count DESC, a.name LIMIT {limit}
            """, scope.Parameters).Select(r => r.ToFacet()).ToList();
        var exact = outsideMost is null || (counts.Count == limit && counts[^1].Count > outsideMost);
        return exact ? counts : null;
    }

    /// <summary>Counts every author of every result.</summary>
    internal static List<FacetValue> CountAll(IDbConnection connection, MatchScope scope, int limit) =>
        // Count per author once, find the count at the cut, then name and order only the authors at or above it,
        // so that authors tied at the cut are chosen by name, not by chance.
        connection.Query<FacetRow>($"""
            WITH counts AS MATERIALIZED (
                SELECT pa.author AS author, count(*) AS n
                FROM ({"SELECT " + scope.RowId + " AS paper " + scope.From(withPapers: false)}) hits
                JOIN paper_authors pa ON pa.paper = hits.paper
                GROUP BY pa.author
            ),
            cut AS (SELECT n FROM counts ORDER BY n DESC LIMIT 1 OFFSET {limit - 1})
            SELECT a.slug AS Value, a.name AS Label, counts.n AS Count
            FROM counts JOIN authors a ON a.id = counts.author
            WHERE counts.n >= coalesce((SELECT n FROM cut), 0)
            ORDER BY Count DESC, a.name LIMIT {limit}
            """, scope.Parameters).Select(r => r.ToFacet()).ToList();
}
