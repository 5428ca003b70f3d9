namespace Catalog.Data.Search.Engine.Explain;

/// <summary>Why a paper scored what it did (Lucene's Explanation): each query term it holds, each field's part, and the
/// coordination a ranked search weighs by. <see cref="Terms"/>' scores add up to <see cref="Score"/>, and so do
/// <see cref="Fields"/>' (up to the last bits of a double).</summary>
/// <param name="Score">The paper's bm25 score, the one it was ranked by.</param>
/// <param name="Coordination">The factor the terms' bm25 parts were multiplied by: (groups held ÷ groups asked) to
/// <see cref="Query.RankingSettings.CoordinationExponent"/>; 1 when it is not used.</param>
/// <param name="Terms">The terms the paper holds, in query order.</param>
/// <param name="Fields">The score by field: every term's part in that field, added.</param>
public sealed record ScoreExplanation(double Score, double Coordination, IReadOnlyList<TermScore> Terms, IReadOnlyList<FieldScore> Fields)
{
    /// <summary>For a search ranked by words and meaning together: where the paper stood in each ranking and in the
    /// fused one; null when the words alone ranked it.</summary>
    public FusionExplanation? Fusion { get; init; }
}
