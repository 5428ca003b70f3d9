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
            var rows = connection.Query<PaperTextRow>($"SELECT {PaperTextRow.Columns} {PaperTextRow.From} WHERE p.rowid IN @batch", new { batch })
                .ToDictionary(r => r.RowId);
            var authors = PaperDetailParts.All(connection, batch);
            var subjects = PaperDetailParts.Subjects(connection, batch);
            foreach (var rowId in batch)
            {
                yield return rows[rowId].ToDetail([.. authors[rowId]], [.. subjects[rowId]], abstractHtml: "");
            }
        }
    }
}
