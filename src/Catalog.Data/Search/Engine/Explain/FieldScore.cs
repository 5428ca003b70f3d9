namespace Catalog.Data.Search.Engine.Explain;

/// <summary>One field's part of a score: how many times the term stands in the field, the field's bm25 weight, and the
/// share of the term's score that the field's weighted count earns (the term's weighted count is the fields' counts
/// times their weights, added up, so the fields' parts add up to the term's score).</summary>
/// <param name="Field">"title", "authors" or "abstract".</param>
/// <param name="Count">How many times the term (or phrase, or a word with the prefix) stands in the field.</param>
/// <param name="Weight">The field's weight in bm25 (10, 4, 1).</param>
/// <param name="Score">The field's part of the score.</param>
public sealed record FieldScore(string Field, int Count, int Weight, double Score);
