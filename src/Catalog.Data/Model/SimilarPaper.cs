namespace Catalog.Data.Model;

/// <summary>A paper close to another by content, with the words of the other paper that it shares.</summary>
public sealed record SimilarPaper(PaperSummary Paper, IReadOnlyList<string> SharedWords);
