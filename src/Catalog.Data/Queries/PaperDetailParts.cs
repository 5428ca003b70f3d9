using System.Data;
using Catalog.Data.Model;
using Dapper;

namespace Catalog.Data.Queries;

/// <summary>The lists of a paper in full: its authors in the paper's order, each as printed with the person's slug and
/// the family name a citation needs, and its subjects; for many papers in one statement each, by rowid.</summary>
internal static class PaperDetailParts
{
    public static ILookup<long, AuthorRef> All(IDbConnection connection, IReadOnlyCollection<long> rowIds) =>
        connection.Query<(long Paper, string Name, string Slug, string Family)>("""
            SELECT pa.paper, pa.name, a.slug, pa.family FROM paper_authors pa JOIN authors a ON a.id = pa.author
            WHERE pa.paper IN @rowIds ORDER BY pa.paper, pa.position
            """, new { rowIds }).ToLookup(a => a.Paper, a => new AuthorRef(a.Name, a.Slug) { Family = a.Family });

    public static ILookup<long, string> Subjects(IDbConnection connection, IReadOnlyCollection<long> rowIds) =>
        connection.Query<(long Paper, string Subject)>(
            "SELECT paper, subject FROM paper_subjects WHERE paper IN @rowIds ORDER BY paper, position", new { rowIds })
            .ToLookup(s => s.Paper, s => s.Subject);
}
