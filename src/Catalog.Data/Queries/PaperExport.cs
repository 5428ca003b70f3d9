using System.Data;
using Catalog.Data.Model;
using Catalog.Data.Store;
using Dapper;

namespace Catalog.Data.Queries;

/// <summary>Papers in full, one after the other, for exports and feeds: papers in an order the caller found (a search's,
/// <see cref="ByRowIds"/>), an author's papers, the newest papers. Only the ordered rowids are held (8 bytes a paper); the papers are read
/// <see cref="BatchSize"/> at a time while the caller writes them out, so a search of 60,000 papers never sits in memory.
/// The papers come without <see cref="PaperDetail.AbstractHtml"/> (empty): exports carry the Markdown.</summary>
public sealed class PaperExport(CatalogDatabase database)
{
    public const int BatchSize = 256;

    /// <summary>An author's papers, newest first, as their page lists them; nothing for an unknown slug.</summary>
    public IEnumerable<PaperDetail> ByAuthor(string slug, int? limit = null)
    {
        using var connection = database.Open();
        var rowIds = connection.Query<long>($"""
            SELECT p.rowid FROM authors a JOIN author_papers ap ON ap.author = a.id JOIN papers p ON p.rowid = ap.paper
            WHERE a.slug = @slug ORDER BY {PaperOrders.Newest} LIMIT @limit
            """, new { slug, limit = limit ?? -1 }).AsList();
        foreach (var paper in Read(connection, rowIds))
        {
            yield return paper;
        }
    }

    /// <summary>These papers in full, in the order given (a search's results, by the store's rowids), read in batches as
    /// the caller goes.</summary>
    public IEnumerable<PaperDetail> ByRowIds(IReadOnlyList<long> rowIds)
    {
        using var connection = database.Open();
        foreach (var paper in Read(connection, [.. rowIds]))
        {
            yield return paper;
        }
    }

    /// <summary>These papers in full, in the order given; unknown ids are left out.</summary>
    public IReadOnlyList<PaperDetail> ByIds(IReadOnlyList<string> ids)
    {
        using var connection = database.Open();
        var rowIds = connection.Query<(string Id, long RowId)>("SELECT id, rowid FROM papers WHERE id IN @ids", new { ids })
            .ToDictionary(r => r.Id, r => r.RowId, StringComparer.Ordinal);
        return [.. Read(connection, [.. ids.Where(rowIds.ContainsKey).Select(id => rowIds[id])])];
    }

    /// <summary>What a citekey is made of, for every paper, read row by row: id, title, year and first author's family name.</summary>
    public IEnumerable<CiteKeySource> CiteKeySources()
    {
        using var connection = database.Open();
        foreach (var source in connection.Query<CiteKeySource>("""
            SELECT p.id AS Id, p.title AS Title, p.year AS Year, pa.family AS FirstFamily
            FROM papers p LEFT JOIN paper_authors pa ON pa.paper = p.rowid AND pa.position = 0
            """, buffered: false))
        {
            yield return source;
        }
    }

    /// <summary>Every paper id, in catalog order, read row by row.</summary>
    public IEnumerable<string> PaperIds()
    {
        using var connection = database.Open();
        foreach (var id in connection.Query<string>("SELECT id FROM papers ORDER BY rowid", buffered: false))
        {
            yield return id;
        }
    }

    /// <summary>Every author slug, in name order, read row by row.</summary>
    public IEnumerable<string> AuthorSlugs()
    {
        using var connection = database.Open();
        foreach (var slug in connection.Query<string>("SELECT slug FROM authors ORDER BY id", buffered: false))
        {
            yield return slug;
        }
    }

    private static IEnumerable<PaperDetail> Read(IDbConnection connection, List<long> rowIds)
    {
        for (var start = 0; start < rowIds.Count; start += BatchSize)
        {
            var batch = rowIds.GetRange(start, Math.Min(BatchSize, rowIds.Count - start));
            var rows = connection.Query<ExportRow>("""
                SELECT p.rowid AS RowId, p.id AS Id, p.title AS Title, p.date AS Date, p.venue AS Venue, t.source AS Source,
                       t.url AS Url, t.arxiv AS Arxiv, t.doi AS Doi, t.pdf AS Pdf, t.abstract AS AbstractMarkdown
                FROM papers p JOIN paper_texts t ON t.rowid = p.rowid WHERE p.rowid IN @batch
                """, new { batch }).ToDictionary(r => r.RowId);
            var authors = connection.Query<(long Paper, string Name, string Slug, string Family)>("""
                SELECT pa.paper, pa.name, a.slug, pa.family FROM paper_authors pa JOIN authors a ON a.id = pa.author
                WHERE pa.paper IN @batch ORDER BY pa.paper, pa.position
                """, new { batch }).ToLookup(a => a.Paper, a => new AuthorRef(a.Name, a.Slug) { Family = a.Family });
            var subjects = connection.Query<(long Paper, string Subject)>(
                "SELECT paper, subject FROM paper_subjects WHERE paper IN @batch ORDER BY paper, position", new { batch })
                .ToLookup(s => s.Paper, s => s.Subject);
            foreach (var rowId in batch)
            {
                var row = rows[rowId];
                yield return new PaperDetail(row.Id, row.Title, row.Date, row.Venue, row.Source, row.Url, row.Arxiv,
                    row.AbstractMarkdown, AbstractHtml: "", [.. authors[rowId]])
                {
                    Doi = row.Doi,
                    Pdf = row.Pdf,
                    Subjects = [.. subjects[rowId]],
                };
            }
        }
    }

    private sealed class ExportRow
    {
        public long RowId { get; init; }
        public string Id { get; init; } = "";
        public string Title { get; init; } = "";
        public string? Date { get; init; }
        public string? Venue { get; init; }
        public string? Source { get; init; }
        public string? Url { get; init; }
        public string? Arxiv { get; init; }
        public string? Doi { get; init; }
        public string? Pdf { get; init; }
        public string AbstractMarkdown { get; init; } = "";
    }
}
