namespace Catalog.Web.Api;

/// <summary>Where a paper stood in the two rankings a search fuses (reciprocal rank fusion of the words' bm25 ranking and
/// the meaning's), and where the fusion put it.</summary>
/// <param name="LexicalRank">Its rank by the words (1 is first), or null when it was not among their first 100.</param>
/// <param name="MeaningRank">Its rank by meaning, or null when it was not among the 100 nearest.</param>
/// <param name="Similarity">The cosine of its embedding with the query's (-1 to 1), when it was among the nearest.</param>
/// <param name="FusedRank">Its rank in the fused ranking.</param>
/// <param name="FusedScore">Its fusion score: 1 / (k + rank by words) + 1 / (k + rank by meaning), k = 3; a ranking it is not in adds nothing.</param>
/// <param name="MeaningOnly">True when it holds none of the words asked for: found by meaning alone.</param>
public sealed record ApiFusion(int? LexicalRank, int? MeaningRank, double? Similarity, int FusedRank, double FusedScore, bool MeaningOnly);
