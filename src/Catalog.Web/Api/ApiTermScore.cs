namespace Catalog.Web.Api;

/// <summary>One query term a paper holds and what it adds to the paper's score.</summary>
/// <param name="Term">The term as searched (a typed word or one of its forms: "transformers", "\"fine tuning\"", "title:scal*").</param>
/// <param name="IndexTerms">Its words as the index holds them, stemmed ("transform").</param>
/// <param name="Score">What it adds to the score; the terms' scores add up to the paper's.</param>
/// <param name="Fields">The fields it stands in, with their parts of the term's score.</param>
public sealed record ApiTermScore(string Term, IReadOnlyList<string> IndexTerms, double Score, IReadOnlyList<ApiFieldScore> Fields);
