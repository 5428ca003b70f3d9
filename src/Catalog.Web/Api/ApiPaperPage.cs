namespace Catalog.Web.Api;

/// <summary>A page of search or browse results; for a search with few results, a corrected search with more, or null.</summary>
public sealed record ApiPaperPage(long Total, int Page, int PageCount, int PageSize, IReadOnlyList<ApiPaperItem> Papers, ApiFacets Facets, ApiDidYouMean? DidYouMean);
