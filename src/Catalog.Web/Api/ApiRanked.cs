namespace Catalog.Web.Api;

/// <summary>What a search ranked by when it did not ask for every word: BM25F over the words papers do hold.</summary>
/// <param name="Words">How many words (and, when <paramref name="OperatorsOptional"/>, phrases and field terms) it ranked by.</param>
/// <param name="MinimumShouldMatch">The fewest of them a paper listed holds.</param>
/// <param name="StopWords">The words it did not ask for ("the", "how").</param>
/// <param name="OperatorsOptional">True when even the quoted phrases and field terms were not required, no paper having them all.</param>
/// <param name="AllWordsTotal">How many papers have every word.</param>
/// <param name="AllWordsUrl">The search for every word (match=all), as a path from the catalog's root.</param>
public sealed record ApiRanked(int Words, int MinimumShouldMatch, IReadOnlyList<string> StopWords, bool OperatorsOptional, long AllWordsTotal, string AllWordsUrl);
