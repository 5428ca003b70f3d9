using Catalog.Data.Model;
using Catalog.Data.Search;
using Catalog.Data.Store;
using Dapper;

namespace Catalog.Data.Queries;

/// <summary>"Similar papers": the papers closest to one by content, found by the catalog's search engine from the
/// paper's most distinctive title and abstract terms (a search of about a dozen words), with the words each shares.</summary>
public sealed class SimilarPapers(CatalogDatabase database, SearchEngines engines)
{
    /// <summary>A paper page shows this many shared words of each similar paper.</summary>
    public const int SharedWordsShown = 5;

    public IReadOnlyList<SimilarPaper> For(string id, int limit)
    {
        using var connection = database.Open();
        var paper = connection.QuerySingleOrDefault<(long RowId, string Title, string Abstract)>(
            "SELECT p.rowid, t.title, t.abstract FROM papers p JOIN paper_texts t ON t.rowid = p.rowid WHERE p.id = @id", new { id });
        if (paper.Title is null)
        {
            return [];
        }

        var matches = engines.Get().Similar(paper.RowId, paper.Title, paper.Abstract, limit);
        if (matches.Count == 0)
        {
            return [];
        }

        var rows = connection.Query<(long RowId, string Id, string Title, string? Date, string? Venue, long AuthorCount)>(
            "SELECT rowid, id, title, date, venue, author_count FROM papers WHERE rowid IN @ids", new { ids = matches.Select(m => m.RowId) })
            .ToDictionary(r => r.RowId);
        var authors = PaperQueries.AuthorsOf(connection, rows.Keys);
        return [.. matches.Select(m =>
        {
            var row = rows[m.RowId];
            return new SimilarPaper(new PaperSummary(row.Id, row.Title, row.Date, row.Venue, authors[m.RowId], row.AuthorCount),
                [.. m.SharedWords.Take(SharedWordsShown)]);
        })];
    }
}
