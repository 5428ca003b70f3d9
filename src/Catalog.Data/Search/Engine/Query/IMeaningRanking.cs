namespace Catalog.Data.Search.Engine.Query;

/// <summary>A search's meaning, as the engine uses it: the papers nearest the query by meaning (an embedding of the query
/// against each paper's). Given by the caller for one query; the
/// engine asks only when it ranks by meaning too (a ranked search by relevance), so a query it does not use is never
/// embedded.</summary>
public interface IMeaningRanking
{
    /// <summary>At most <paramref name="take"/> papers (rowids) of those <paramref name="allowed"/> (every paper when
    /// null), nearest first, with their cosine similarity to the query.</summary>
    IReadOnlyList<MeaningHit> Nearest(int take, Func<long, bool>? allowed);
}
