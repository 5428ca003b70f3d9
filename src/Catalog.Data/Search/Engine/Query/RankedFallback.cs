using Catalog.Data.Search.Engine.Analysis;

namespace Catalog.Data.Search.Engine.Query;

/// <summary>The ranked search behind an every-word search that finds too little: the query's plain words become
/// optional (Lucene's SHOULD clauses), its stop words are no longer asked for, and a paper must hold a share of the
/// words (<see cref="RankingSettings.MinimumShouldMatchShare"/>); BM25F ranks the papers that do, more of the words
/// first (<see cref="RankingSettings.CoordinationExponent"/>). Everything else keeps its exact meaning: phrases,
/// prefixes, field terms, OR groups and filters stay required, exclusions excluded. Only when that finds nothing (a
/// pasted claim with a quoted phrase no paper has) are the phrases, prefixes, field terms and OR groups made optional
/// too, each still matched as written (<see cref="Loosen"/>).</summary>
public static class RankedFallback
{
    /// <summary>The ranked form of the query, or null when ranking would change nothing: no plain word to relax, or only
    /// one and no stop word (every word is then that word), or only stop words.</summary>
    public static RankedQuery? Relax(ParsedQuery query, RankingSettings settings)
    {
        var kept = new List<IReadOnlyList<QueryTerm>>();
        var words = new List<IReadOnlyList<QueryTerm>>();
        var stopWords = new List<string>();
        foreach (var group in query.Required)
        {
            if (group is not [{ Field: QueryField.Any, IsPhrase: false, IsPrefix: false, IsExact: false } word])
            {
                kept.Add(group);
            }
            else if (StopWords.Contains(word.Text))
            {
                stopWords.Add(word.Text);
            }
            else
            {
                words.Add(group);
            }
        }

        if (words.Count == 0 || (words.Count == 1 && stopWords.Count == 0 && kept.Count == 0))
        {
            return null;
        }

        var minimum = Math.Clamp((int)Math.Floor(settings.MinimumShouldMatchShare * words.Count), kept.Count == 0 ? 1 : 0, words.Count);
        var ranked = query with { Required = kept, Optional = words, MinimumShouldMatch = minimum };
        return new RankedQuery(ranked, words.Count, stopWords);
    }

    /// <summary>The ranked query with every group but the filters optional, or null when it has none to make so.</summary>
    public static RankedQuery? Loosen(RankedQuery ranked)
    {
        var query = ranked.Query;
        var operators = query.Required.Where(g => !g.All(t => t.IsFilter)).ToList();
        if (operators.Count == 0)
        {
            return null;
        }

        var optional = query.Optional.Concat(operators).ToList();
        return ranked with
        {
            Query = query with { Required = [.. query.Required.Except(operators)], Optional = optional, MinimumShouldMatch = 1 },
            Words = optional.Count,
            OperatorsOptional = true,
        };
    }

    /// <summary>True when the every-word search's answer is not the one to give: it found fewer than
    /// <see cref="RankingSettings.EnoughResults"/> papers (fewer than one in a hundred of a small catalog's, so that in
    /// ten papers one is enough), or the query is long enough to be a sentence.</summary>
    public static bool IsNeeded(RankedQuery ranked, long allWordsTotal, int documents, RankingSettings settings) =>
        allWordsTotal < Math.Clamp(documents / 100, 1, settings.EnoughResults) || ranked.Words >= settings.LongQueryWords;
}
