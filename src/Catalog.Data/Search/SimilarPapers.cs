using Catalog.Data.Model;
using Catalog.Data.Queries;
using Catalog.Data.Search.Engine;
using Catalog.Data.Search.Semantic;
using Catalog.Data.Store;

namespace Catalog.Data.Search;

/// <summary>"Similar papers": the papers closest to one by meaning (the nearest embeddings, when every paper of the
/// catalog has one), or else by content, found by the catalog's search engine from the paper's most distinctive title
/// and abstract terms (a search of about a dozen words); either way with the words each shares.</summary>
public sealed class SimilarPapers(CatalogDatabase database, SearchEngines engines, SemanticIndex? meaning = null)
{
    /// <summary>A paper page shows this many shared words of each similar paper.</summary>
    public const int SharedWordsShown = 5;

    /// <summary>The papers closest to one, on the engine of the current catalog once it is built: the app's request path.</summary>
    public async Task<IReadOnlyList<SimilarPaper>> ForAsync(string id, int limit) => For(id, limit, await engines.GetAsync());

    /// <summary>The same, blocking until the engine is built: for callers outside a request (tests).</summary>
    public IReadOnlyList<SimilarPaper> For(string id, int limit) => For(id, limit, engines.Get());

    private IReadOnlyList<SimilarPaper> For(string id, int limit, SearchEngine engine)
    {
        using var connection = database.Open();
        if (PaperQueries.TextOf(connection, id) is not { } paper)
        {
            return [];
        }

        var near = meaning?.Current?.Nearest(paper.RowId, limit) ?? [];
        var similarity = near.ToDictionary(m => m.RowId, m => (double?)m.Similarity);
        var matches = near.Count > 0
            ? engine.Shared(paper.Title, paper.Abstract, [.. near.Select(m => m.RowId)])
            : engine.Similar(paper.RowId, paper.Title, paper.Abstract, limit);
        if (matches.Count == 0)
        {
            return [];
        }

        var papers = PaperQueries.SummariesByRowId(connection, [.. matches.Select(m => m.RowId)]);
        return [.. matches.Where(m => papers.ContainsKey(m.RowId)).Select(m => new SimilarPaper(papers[m.RowId], [.. m.SharedWords.Take(SharedWordsShown)])
        {
            Similarity = similarity.GetValueOrDefault(m.RowId),
        })];
    }
}
