namespace Catalog.Web.Api;

/// <summary>A page of the author index.</summary>
public sealed record ApiAuthorPage(long Total, int Page, int PageCount, int PageSize, IReadOnlyList<ApiAuthorItem> Authors);
