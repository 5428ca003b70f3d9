namespace Catalog.Web.Api;

/// <summary>A page of search or browse results.</summary>
public sealed record ApiPaperPage(long Total, int Page, int PageCount, int PageSize, IReadOnlyList<ApiPaperItem> Papers, ApiFacets Facets);
