namespace Catalog.Data.Search.Semantic;

/// <summary>A paper found by meaning: its rowid in the catalog's <c>papers</c> table and the cosine of its vector with
/// the query's, from -1 to 1 (unrelated texts of this model are about 0 to 0.2, close ones 0.5 and more).</summary>
public readonly record struct SemanticMatch(long RowId, float Similarity);
