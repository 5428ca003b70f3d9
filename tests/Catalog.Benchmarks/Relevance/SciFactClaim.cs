namespace Catalog.Benchmarks.Relevance;

/// <summary>One claim: the query, as its expert wrote it.</summary>
public sealed record SciFactClaim(string Id, string Text);
