using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Index;

namespace Catalog.Data.Search.Engine.Query;

/// <summary>A parsed query bound to the index: every term, with the other forms it stands for
/// (<see cref="QueryExpansion"/>), as a weight, in FTS5's phrase order (required groups, their alternatives, then
/// exclusions), and the boolean shape that says which papers match. Venue and year terms take part in the shape only.
/// A ranked query's optional groups (<see cref="ParsedQuery.Optional"/>) follow the required ones: a paper must hold
/// <see cref="ParsedQuery.MinimumShouldMatch"/> of them, and each one it holds adds to its score.</summary>
internal sealed class QueryPlan
{
    private readonly List<List<ClauseWeight>> _required;
    private readonly List<List<ClauseWeight>> _optional;
    private readonly List<ClauseWeight> _excluded;
    private readonly int _minimumShouldMatch;

    private QueryPlan(ParsedQuery query, ParsedQuery expanded, List<List<ClauseWeight>> required, List<List<ClauseWeight>> optional, List<ClauseWeight> excluded)
    {
        (Query, Expanded, _required, _optional, _excluded) = (query, expanded, required, optional, excluded);
        _minimumShouldMatch = required.Count == 0 ? Math.Max(1, expanded.MinimumShouldMatch) : expanded.MinimumShouldMatch;
        var groups = required.Concat(optional).Select(g => g.Where(c => !c.IsFilter).ToList()).Where(g => g.Count > 0).ToList();
        Scored = [.. groups.SelectMany(g => g)];
        ScoredGroups = [.. groups.SelectMany((g, i) => g.Select(_ => i))];
        GroupCount = groups.Count;
        IsRanked = optional.Count > 0;
    }

    /// <summary>The query as asked, before its terms' other forms were added.</summary>
    public ParsedQuery Query { get; }

    /// <summary>The query with the other forms of its terms, as the plan searches it: what the highlighter marks.</summary>
    public ParsedQuery Expanded { get; }

    /// <summary>The terms that can add to a match's score; exclusions never occur in a match, filters never score.</summary>
    public IReadOnlyList<ClauseWeight> Scored { get; }

    /// <summary>For each of <see cref="Scored"/>, the group (required, then optional, filters aside) it is an alternative of.</summary>
    public IReadOnlyList<int> ScoredGroups { get; }

    /// <summary>The required and optional groups that score (not filters).</summary>
    public int GroupCount { get; }

    /// <summary>True when a group that scores must match: a word, phrase or field term, not only filters and optional words.</summary>
    public bool HasRequiredScoring => _required.Any(g => g.Any(c => !c.IsFilter));

    /// <summary>True for a ranked query: one with optional groups, whose matches hold some of the words.</summary>
    public bool IsRanked { get; }

    public static QueryPlan Create(SearchIndex index, ParsedQuery query)
    {
        var tokenizer = new Tokenizer();
        var expanded = QueryExpansion.Expand(index, query, tokenizer);
        ClauseWeight Weigh(QueryTerm term) => ClauseWeight.Create(index, term, tokenizer);
        return new QueryPlan(query, expanded,
            [.. expanded.Required.Select(g => g.Select(Weigh).ToList())],
            [.. expanded.Optional.Select(g => g.Select(Weigh).ToList())],
            [.. expanded.Excluded.Select(Weigh)]);
    }

    /// <summary>Papers in every required group, in enough optional ones, and in no exclusion; every paper when nothing
    /// is asked for.</summary>
    public DocSet Matches(int documents)
    {
        DocSet? matches = null;
        foreach (var group in _required)
        {
            var any = AnyOf(group, documents);
            if (matches is null)
            {
                matches = any;
            }
            else
            {
                matches.IntersectWith(any);
            }
        }

        if (_optional.Count > 0 && _minimumShouldMatch > 0)
        {
            var enough = HoldingEnough(documents);
            if (matches is null)
            {
                matches = enough;
            }
            else
            {
                matches.IntersectWith(enough);
            }
        }

        matches ??= DocSet.All(documents);
        if (_excluded.Count > 0)
        {
            matches.ExceptWith(AnyOf(_excluded, documents));
        }

        return matches;
    }

    /// <summary>Papers holding at least <see cref="_minimumShouldMatch"/> of the optional groups.</summary>
    private DocSet HoldingEnough(int documents)
    {
        if (_minimumShouldMatch == 1)
        {
            return AnyOf(_optional.SelectMany(g => g), documents);
        }

        var held = new byte[documents];
        foreach (var group in _optional)
        {
            foreach (var document in AnyOf(group, documents))
            {
                held[document]++;
            }
        }

        var enough = new DocSet(documents);
        for (var document = 0; document < documents; document++)
        {
            if (held[document] >= _minimumShouldMatch)
            {
                enough.Add(document);
            }
        }

        return enough;
    }

    private static DocSet AnyOf(IEnumerable<ClauseWeight> clauses, int documents)
    {
        var any = new DocSet(documents);
        foreach (var clause in clauses)
        {
            any.AddAll(clause.List.Docs);
        }

        return any;
    }
}
