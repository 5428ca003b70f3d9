namespace Catalog.Web.Api;

/// <summary>A search like the one asked with more results ("Did you mean …?"): its text, for q, and its results page.</summary>
/// <param name="Query">The corrected search, to send as q.</param>
/// <param name="Url">Its results page, as a path from the catalog's root.</param>
public sealed record ApiDidYouMean(string Query, string Url);
