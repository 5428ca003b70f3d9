using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Index;
using Catalog.Data.Search.Engine.Query;
using Catalog.Data.Text;

namespace Catalog.Data.Search.Engine.Suggest;

/// <summary>"Did you mean …?" for a search with few results: each rare word of it (a plain or field word, not a phrase
/// or prefix) replaced by the catalog's nearest more frequent word (<see cref="SpellingCorrector"/>), offered only when
/// that search, with the same filters, finds more papers.
/// The index holds stems ("transform"), not words, so the word shown is made from the corrected stem and what the person
/// typed: the stem with the ending nearest the typed word ("transfromers" gives "transform" + "ers"), and only a word
/// that tokenizes to the corrected term again. This needs nothing kept per term in the index (nothing to build, hold or
/// save), at the price of a made-up ending now and then.</summary>
internal static class SpellingSuggestion
{
    /// <summary>Searches with fewer results than this are offered a correction.</summary>
    public const int FewResults = 3;

    /// <summary>At most this many words of a search are looked up: each one reads the dictionary's terms of its first letter.</summary>
    public const int MaxWords = 4;

    /// <summary>The corrected search as a person would type it, or null when there is none with more results.</summary>
    /// <param name="index">The index whose terms are the candidates.</param>
    /// <param name="count">How many papers a query finds, with the filters asked.</param>
    /// <param name="asked">The search as asked.</param>
    /// <param name="total">How many papers it found.</param>
    public static string? Suggest(SearchIndex index, Func<EngineQuery, long> count, EngineQuery asked, long total)
    {
        if (total >= FewResults || !asked.Query.HasRequired || Correct(index, asked.Query) is not { } corrected)
        {
            return null;
        }

        var found = count(asked with { Query = corrected, Skip = 0, Take = 0, PeopleFacetSize = 0, VenueFacetSize = 0, SubjectFacetSize = 0 });
        return found > total ? corrected.ToString() : null;
    }

    private static ParsedQuery? Correct(SearchIndex index, ParsedQuery query)
    {
        var tokenizer = new Tokenizer();
        var (looked, changed) = (0, false);
        QueryTerm Fix(QueryTerm term)
        {
            if (term.IsFilter || term.IsPhrase || term.IsPrefix || term.IsExact || looked >= MaxWords || tokenizer.Terms(term.Text) is not [var stem])
            {
                return term;
            }

            var id = index.Terms.Find(stem);
            if (id >= 0 && index.Postings.DocumentCount(id) >= FewResults)
            {
                return term;
            }

            looked++;
            if (SpellingCorrector.Correct(index, stem) is not { } better || Word(term.Text, stem, better, tokenizer) is not { } word)
            {
                return term;
            }

            changed = true;
            return term with { Text = word };
        }

        var corrected = query with { Required = [.. query.Required.Select(g => (IReadOnlyList<QueryTerm>)[.. g.Select(Fix)])] };
        return changed ? corrected : null;
    }

    /// <summary>The word to show for the corrected term: the corrected stem with the ending that brings it nearest to
    /// what was typed, among the typed word's own ending and common English ones, of those that tokenize to the
    /// corrected term again ("upcyclng" gives "upcycling", not the stem "upcycl").</summary>
    private static string? Word(string typed, string stem, string better, Tokenizer tokenizer)
    {
        var lower = typed.ToLowerInvariant();
        var (stemText, betterText) = (TermText.ToDisplay(stem), TermText.ToDisplay(better));
        var own = lower.StartsWith(stemText, StringComparison.Ordinal) ? lower[stemText.Length..] : "";
        return s_endings.Prepend(own).Select(ending => betterText + ending).Distinct(StringComparer.Ordinal)
            .Where(word => tokenizer.Terms(word) is [var only] && only == better)
            .OrderBy(word => EditDistance.Between(lower, word)).ThenBy(word => word.Length)
            .FirstOrDefault();
    }

    private static readonly string[] s_endings =
        ["", "s", "e", "es", "ed", "ing", "ings", "er", "ers", "ion", "ions", "ation", "ations", "al", "y", "ies", "ly", "ment", "ness", "ity", "ive", "ize"];
}
