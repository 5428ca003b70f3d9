using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Index;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Search.Engine.Explain;

/// <summary>Works out a paper's score again, term by term and field by field, from the plan it was ranked by: the sum
/// <see cref="ClauseScorer"/> makes, in the same order, so that the explanation's score is the paper's score. A term's
/// part is split among the fields by their weighted counts (a field's count times its weight, over the term's weighted
/// count), which is how FTS5's bm25 weighs fields: it adds their weighted counts before saturating them.</summary>
internal static class ScoreExplainer
{
    public static ScoreExplanation Explain(SearchIndex index, QueryPlan plan, int document, double coordinationExponent)
    {
        var lengthNorm = index.Columns.LengthNorms[document];
        var parts = new List<(ClauseWeight Clause, double Score, int[] Counts)>();
        var held = new HashSet<int>();
        var score = 0.0;
        for (var i = 0; i < plan.Scored.Count; i++)
        {
            var clause = plan.Scored[i];
            var entry = clause.List.Docs.BinarySearch(document);
            if (entry < 0)
            {
                continue;
            }

            var part = clause.Idf * Bm25.TermFrequencyNorm(clause.List.Frequencies[entry], lengthNorm);
            score += part;
            held.Add(plan.ScoredGroups[i]);
            parts.Add((clause, part, clause.Pattern is { } pattern ? PhraseMatcher.FieldCounts(index, pattern, document) : new int[EngineField.Count]));
        }

        var coordination = ClauseScorer.Coordination(plan, held.Count, coordinationExponent);
        var terms = parts.ConvertAll(p => Term(p.Clause, p.Score * coordination, p.Counts));
        var fields = terms.SelectMany(t => t.Fields)
            .GroupBy(f => f.Field)
            .Select(g => new FieldScore(g.Key, g.Sum(f => f.Count), g.First().Weight, g.Sum(f => f.Score)))
            .OrderBy(f => Array.IndexOf(EngineField.Names, f.Field))
            .ToList();
        return new ScoreExplanation(score * coordination, coordination, terms, fields);
    }

    private static TermScore Term(ClauseWeight clause, double score, int[] counts)
    {
        var weighted = Enumerable.Range(0, EngineField.Count).Sum(f => counts[f] * EngineField.Weights[f]);
        var fields = Enumerable.Range(0, EngineField.Count)
            .Where(f => counts[f] > 0)
            .Select(f => new FieldScore(EngineField.Names[f], counts[f], EngineField.Weights[f], score * counts[f] * EngineField.Weights[f] / weighted))
            .ToList();
        var indexTerms = IndexTerms(clause.Pattern);
        return new TermScore(clause.Term?.ToString() ?? string.Join(' ', indexTerms), indexTerms, score, fields);
    }

    /// <summary>The pattern's words as the index holds them (as text, not the index's bytes), a prefix with its star, a
    /// word as written with its mark.</summary>
    public static IReadOnlyList<string> IndexTerms(TermPattern? pattern) =>
        pattern is null ? [] : [.. pattern.Slots.Select((slot, s) => TermText.ToDisplay(pattern.IsPrefix(s) ? slot + "*" : pattern.IsOwnForm(s) ? ExactTerms.Of(slot) : slot))];
}
