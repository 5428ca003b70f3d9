namespace Catalog.Data.Search.Engine.Fusion;

/// <summary>A paper in a fused ranking: where the words ranked it and where its meaning did (1 is first; null when it was
/// not among the first <see cref="Query.RankingSettings.FusionDepth"/> of that ranking), its similarity to the query, and
/// its reciprocal-rank-fusion score.</summary>
internal sealed record FusedHit(int Document, int? LexicalRank, int? MeaningRank, double? Similarity, double Score);
