namespace Catalog.Data.Search.Engine.Build;

/// <summary>What the engine knows of a paper: its three searched fields and its facet columns. The store's rowid is its
/// key; documents are given to the engine in rowid order. <c>PersonIds</c> are the paper's people (store ids), each once;
/// <c>Authors</c> is the names as the full-text index holds them.</summary>
public sealed record EngineDocument(
    long RowId,
    string Title,
    string Authors,
    string Abstract,
    int? Year,
    string? Venue,
    IReadOnlyList<long> PersonIds,
    IReadOnlyList<string> Subjects);
