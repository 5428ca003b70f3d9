namespace Catalog.Data.Search.Engine.Explain;

/// <summary>One query term a paper holds and what it adds to the paper's score, field by field.</summary>
/// <param name="Term">The term as the query has it (a form of a typed word: <c>transformers</c>, <c>"fine tuning"</c>, <c>title:scal*</c>).</param>
/// <param name="IndexTerms">The term's words as the index holds them, stemmed (<c>transform</c>; <c>scal*</c> for a prefix).</param>
/// <param name="Score">What the term adds to the paper's score: its idf times its bm25 frequency part (times the coordination, when there is one).</param>
/// <param name="Fields">The fields it stands in, with their parts of <paramref name="Score"/>.</param>
public sealed record TermScore(string Term, IReadOnlyList<string> IndexTerms, double Score, IReadOnlyList<FieldScore> Fields);
