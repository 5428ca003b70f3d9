namespace Catalog.Data.Search.Engine.Explain;

/// <summary>Where a paper stood in the two rankings a ranked search fuses, and where the fusion put it.</summary>
/// <param name="LexicalRank">Its rank by bm25 over the words (1 is first), or null when it was not among the ranking's first papers.</param>
/// <param name="MeaningRank">Its rank by meaning, or null when it was not among the nearest.</param>
/// <param name="Similarity">The cosine similarity of its embedding to the query's, when it was among the nearest.</param>
/// <param name="FusedRank">Its rank in the fused ranking.</param>
/// <param name="FusedScore">Its reciprocal-rank-fusion score.</param>
/// <param name="MeaningOnly">True when it holds none of the words asked for and was found by meaning alone.</param>
public sealed record FusionExplanation(int? LexicalRank, int? MeaningRank, double? Similarity, int FusedRank, double FusedScore, bool MeaningOnly);
