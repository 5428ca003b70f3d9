namespace Catalog.Data.Search.Semantic;

/// <summary>What <see cref="SemanticIndex.EmbedMissingAsync"/> did for one catalog version: of its <see cref="Papers"/>,
/// <see cref="Kept"/> had a stored vector already and <see cref="Embedded"/> were embedded now, in <see cref="Elapsed"/>
/// (the model's load included).</summary>
public sealed record EmbeddingRun(int Papers, int Kept, int Embedded, TimeSpan Elapsed, PaperVectors Vectors);
