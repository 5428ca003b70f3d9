namespace Catalog.Web.Api;

/// <summary>A page of search or browse results; for a search with few results, a corrected search with more, or null.</summary>
/// <param name="Total">How many papers match.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageCount">How many pages the results have.</param>
/// <param name="PageSize">Papers a page.</param>
/// <param name="Papers">This page's papers, in the order asked for.</param>
/// <param name="Facets">The results counted by author, year, venue and subject.</param>
/// <param name="DidYouMean">A corrected search with more results, for a search with fewer than 3, or null.</param>
/// <param name="Ranked">What the search ranked by when it did not ask for every word (too few papers have them all, or
/// the search is a sentence); null when every paper listed has every word.</param>
/// <param name="Explain">What the search's text became: each term, its role and the forms searched for it; null without a query.</param>
/// <param name="Semantic">True when meaning took part in the ranking (the papers nearest the query by meaning fused with
/// the words' ranking, for a ranked search by relevance); false otherwise, and while the catalog's embeddings are still being computed.</param>
/// <param name="SemanticStatus">The catalog's embeddings: "Ready", "Computing 120 of 86000", "Waiting" or "Off".</param>
public sealed record ApiPaperPage(long Total, int Page, int PageCount, int PageSize, IReadOnlyList<ApiPaperItem> Papers, ApiFacets Facets, ApiDidYouMean? DidYouMean,
    ApiRanked? Ranked, ApiQueryExplanation? Explain, bool Semantic, string SemanticStatus);
