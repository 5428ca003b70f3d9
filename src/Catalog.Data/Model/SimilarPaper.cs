namespace Catalog.Data.Model;

/// <summary>A paper close to another, with the words of the other paper that it shares; found by meaning (the cosine of
/// the two papers' embeddings, <see cref="Similarity"/>) when the catalog has its vectors, else by shared words.</summary>
public sealed record SimilarPaper(PaperSummary Paper, IReadOnlyList<string> SharedWords)
{
    /// <summary>The cosine of the two papers' embeddings, for a paper found by meaning; null when found by words.</summary>
    public double? Similarity { get; init; }
}
