namespace Catalog.Data.Search.Engine.Similar;

/// <summary>A paper close to another by content, and the other paper's words it shares, most distinctive first.</summary>
public sealed record SimilarMatch(long RowId, IReadOnlyList<string> SharedWords);
