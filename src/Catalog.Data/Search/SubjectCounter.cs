using System.Data;
using Dapper;

namespace Catalog.Data.Search;

/// <summary>Counts the results by subject: the subjects of the most results, ties in name order.</summary>
internal static class SubjectCounter
{
    public static List<FacetValue> Count(IDbConnection connection, MatchScope scope, int limit) =>
        connection.Query<FacetRow>($"""
            SELECT s.subject AS Value, s.subject AS Label, count(*) AS Count
            FROM ({"SELECT " + scope.RowId + " AS paper " + scope.From(withPapers: false)}) hits
            JOIN paper_subjects s ON s.paper = hits.paper
            GROUP BY s.subject ORDER BY Count DESC, s.subject LIMIT {limit}
            """, scope.Parameters).Select(r => r.ToFacet()).ToList();
}
