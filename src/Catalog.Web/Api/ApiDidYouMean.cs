namespace Catalog.Web.Api;

/// <summary>A search like the one asked with more results ("Did you mean …?"): its text, for q, and its results page.</summary>
public sealed record ApiDidYouMean(string Query, string Url);
