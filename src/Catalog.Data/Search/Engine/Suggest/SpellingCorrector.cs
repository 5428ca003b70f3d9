using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Index;
using Catalog.Data.Text;

namespace Catalog.Data.Search.Engine.Suggest;

/// <summary>The catalog's own word closest to a rare query term: within a Damerau (optimal string alignment) distance
/// that grows with the term's length (none for 3 bytes or fewer, 1 up to 6, 2 beyond), in more papers than the term,
/// the nearest first, then the one in most papers, then the first in byte order. It compares terms as the index keeps
/// them (stems, <see cref="TermText"/> bytes): "transfrom", the stem of "transfromers", is one transposition from
/// "transform". Only terms with the same first letter are candidates, as in Lucene's DirectSpellChecker (minPrefix 1):
/// people rarely mistype the first letter, and it keeps a search with no results as fast as one with some (the terms
/// of one letter are the dictionary's range of that prefix, a twentieth of it or less).</summary>
internal static class SpellingCorrector
{
    /// <summary>Longer terms are not corrected: they are not words people misspell, and the work grows with the length.</summary>
    public const int MaxLength = 32;

    public static int MaxDistance(int length) => length <= 3 ? 0 : length <= 6 ? 1 : 2;

    /// <summary>The term to offer instead, or null when none is near enough and in more papers.</summary>
    public static string? Correct(SearchIndex index, string term)
    {
        var max = MaxDistance(term.Length);
        if (max == 0 || term.Length > MaxLength || term.All(char.IsAsciiDigit))
        {
            return null;
        }

        var id = index.Terms.Find(term);
        var own = id < 0 ? 0 : index.Postings.DocumentCount(id);
        var (best, bestDistance, bestPapers) = ((string?)null, max + 1, own);
        int[][] row = [new int[MaxLength + max + 2], new int[MaxLength + max + 2], new int[MaxLength + max + 2]];

        var (from, to) = index.Terms.PrefixRange(term[..1]);
        for (var t = from; t < to; t++)
        {
            var candidate = index.Terms[t];
            var papers = index.Postings.DocumentCount(t);
            if (papers <= own || Math.Abs(candidate.Length - term.Length) > max || t == id)
            {
                continue;
            }

            var distance = EditDistance.Within(term, candidate, max, row);
            if (distance <= max && (distance < bestDistance || (distance == bestDistance && papers > bestPapers)))
            {
                (best, bestDistance, bestPapers) = (candidate, distance, papers);
            }
        }

        return best;
    }
}
