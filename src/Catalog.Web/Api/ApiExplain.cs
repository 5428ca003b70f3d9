namespace Catalog.Web.Api;

/// <summary>Why a paper is where it is in a search's results: its bm25 score, term by term and field by field (the parts
/// add up to the score).</summary>
/// <param name="Score">The paper's bm25 score over the query's words (title 10, authors 4, abstract 1).</param>
/// <param name="Coordination">What the terms' parts were multiplied by for holding only some of a ranked search's words; 1 when not used.</param>
/// <param name="Terms">The query's terms the paper holds, in query order.</param>
/// <param name="Fields">The score by field, every term's part in the field added.</param>
/// <param name="Fusion">For a search ranked by words and meaning: the paper's rank in each and in the fused ranking, and its similarity; null when the words alone ranked it.</param>
public sealed record ApiExplain(double Score, double Coordination, IReadOnlyList<ApiTermScore> Terms, IReadOnlyList<ApiFieldScore> Fields, ApiFusion? Fusion);
