namespace Catalog.Web.Api;

/// <summary>A page of the author index.</summary>
/// <param name="Total">How many people match.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageCount">How many pages the index has.</param>
/// <param name="PageSize">People a page.</param>
/// <param name="Authors">This page's people, in the order asked for.</param>
public sealed record ApiAuthorPage(long Total, int Page, int PageCount, int PageSize, IReadOnlyList<ApiAuthorItem> Authors);
