using Catalog.Data.Model;
using Catalog.Data.Store;
using Dapper;

namespace Catalog.Data.Queries;

/// <summary>"More by these authors": a few of the other papers that share authors with a paper, those sharing the most
/// first, each with who it shares; and each shared author with their paper count, for links to all of their papers.</summary>
public sealed class RelatedPapers(CatalogDatabase database)
{
    public RelatedPapersResult For(string id, int limit)
    {
        using var connection = database.Open();
        var rows = connection.Query<RelatedRow>($"""
            SELECT {PaperRow.Columns}, group_concat(theirs.author) AS SharedIds
            FROM papers self
            JOIN author_papers mine ON mine.paper = self.rowid
            JOIN author_papers theirs ON theirs.author = mine.author AND theirs.paper <> self.rowid
            JOIN papers p ON p.rowid = theirs.paper
            WHERE self.id = @id
            GROUP BY p.rowid
            ORDER BY count(*) DESC, p.date DESC, p.rowid
            LIMIT @limit
            """, new { id, limit }).AsList();
        // Who of the paper's authors has other papers, in the paper's order, with how many papers they have in all.
        var sharing = connection.Query<(long Id, string Name, string Slug, long PaperCount)>("""
            SELECT a.id, a.name, a.slug, a.paper_count
            FROM papers self JOIN paper_authors pa ON pa.paper = self.rowid JOIN authors a ON a.id = pa.author
            WHERE self.id = @id AND a.paper_count > 1
            GROUP BY a.id ORDER BY min(pa.position)
            """, new { id }).AsList();
        var names = sharing.ToDictionary(a => a.Id, a => new AuthorRef(a.Name, a.Slug));
        var authors = PaperQueries.AuthorsOf(connection, rows.Select(r => r.RowId));
        var papers = rows.ConvertAll(r => new RelatedPaper(
            new PaperSummary(r.Id, r.Title, r.Date, r.Venue, authors[r.RowId], r.AuthorCount),
            [.. r.SharedIds.Split(',').Select(long.Parse).Where(names.ContainsKey).Select(a => names[a]).OrderBy(a => sharing.FindIndex(s => s.Slug == a.Slug))]));
        return new RelatedPapersResult(papers, [.. sharing.Select(a => new AuthorSummary(a.Name, a.Slug, a.PaperCount))]);
    }
}

/// <summary>A paper by some of the same authors, and which of them.</summary>
public sealed record RelatedPaper(PaperSummary Paper, IReadOnlyList<AuthorRef> SharedAuthors);

/// <summary>The first related papers, and the paper's authors who have other papers, with their paper counts.</summary>
public sealed record RelatedPapersResult(IReadOnlyList<RelatedPaper> Papers, IReadOnlyList<AuthorSummary> SharedAuthors);
