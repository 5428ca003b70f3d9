namespace Catalog.Web.Api;

/// <summary>One field's part of a score.</summary>
/// <param name="Field">"title", "authors" or "abstract".</param>
/// <param name="Count">How many times the term stands in the field.</param>
/// <param name="Weight">The field's bm25 weight: title 10, authors 4, abstract 1.</param>
/// <param name="Score">The field's part of the score: the term's score shared out by the fields' weighted counts.</param>
public sealed record ApiFieldScore(string Field, int Count, int Weight, double Score);
