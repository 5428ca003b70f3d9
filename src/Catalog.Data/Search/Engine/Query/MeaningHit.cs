namespace Catalog.Data.Search.Engine.Query;

/// <summary>A paper near a query by meaning: its rowid and the cosine similarity of its embedding to the query's.</summary>
public readonly record struct MeaningHit(long RowId, double Similarity);
