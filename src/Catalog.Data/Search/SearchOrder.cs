namespace Catalog.Data.Search;

/// <summary>The ORDER BY of a result list, shared by the result pages and the export of every result, so both list the
/// papers in the same order.</summary>
internal static class SearchOrder
{
    // Title matches rank above author matches, which rank above abstract matches.
    public const string Rank = "bm25(papers_fts, 10.0, 4.0, 1.0)";

    /// <summary>The sort that applies: relevance needs words to rank by, and without them the newest come first.</summary>
    public static SearchSort Effective(SearchRequest request, ParsedQuery query) =>
        request.EffectiveSort == SearchSort.Relevance && !query.HasRequired ? SearchSort.Newest : request.EffectiveSort;

    public static string OrderBy(SearchSort sort) => sort switch
    {
        SearchSort.Relevance => $"{Rank}, papers_fts.rowid",
        SearchSort.Oldest => "p.date IS NULL, p.date, p.rowid",  // these match the papers_newest and papers_oldest indexes
        SearchSort.Title => "p.title COLLATE NOCASE, p.rowid",
        _ => "p.date IS NULL, p.date DESC, p.rowid",
    };
}
