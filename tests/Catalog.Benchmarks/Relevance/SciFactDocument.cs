namespace Catalog.Benchmarks.Relevance;

/// <summary>One abstract of the collection.</summary>
public sealed record SciFactDocument(string Id, string Title, string Text);
