using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Index;

namespace Catalog.Data.Search.Engine.Query;

/// <summary>A parsed query bound to the index: every term, with the other forms it stands for
/// (<see cref="QueryExpansion"/>), as a weight, in FTS5's phrase order (required groups, their alternatives, then
/// exclusions), and the boolean shape that says which papers match. Venue and year terms take part in the shape only.</summary>
internal sealed class QueryPlan
{
    private readonly List<List<ClauseWeight>> _required;
    private readonly List<ClauseWeight> _excluded;

    private QueryPlan(ParsedQuery expanded, List<List<ClauseWeight>> required, List<ClauseWeight> excluded)
    {
        (Expanded, _required, _excluded) = (expanded, required, excluded);
        Scored = [.. required.SelectMany(g => g).Where(c => !c.IsFilter)];
    }

    /// <summary>The query with the other forms of its terms, as the plan searches it: what the highlighter marks.</summary>
    public ParsedQuery Expanded { get; }

    /// <summary>The terms that can add to a match's score; exclusions never occur in a match, filters never score.</summary>
    public IReadOnlyList<ClauseWeight> Scored { get; }

    public static QueryPlan Create(SearchIndex index, ParsedQuery query)
    {
        var tokenizer = new Tokenizer();
        var expanded = QueryExpansion.Expand(index, query, tokenizer);
        ClauseWeight Weigh(QueryTerm term) => ClauseWeight.Create(index, term, tokenizer);
        return new QueryPlan(expanded, [.. expanded.Required.Select(g => g.Select(Weigh).ToList())], [.. expanded.Excluded.Select(Weigh)]);
    }

    /// <summary>Papers in every required group and in no exclusion; every paper when nothing is required.</summary>
    public DocSet Matches(int documents)
    {
        DocSet? matches = null;
        foreach (var group in _required)
        {
            var any = new DocSet(documents);
            foreach (var clause in group)
            {
                any.AddAll(clause.List.Docs);
            }

            if (matches is null)
            {
                matches = any;
            }
            else
            {
                matches.IntersectWith(any);
            }
        }

        matches ??= DocSet.All(documents);
        if (_excluded.Count > 0)
        {
            var excluded = new DocSet(documents);
            foreach (var clause in _excluded)
            {
                excluded.AddAll(clause.List.Docs);
            }

            matches.ExceptWith(excluded);
        }

        return matches;
    }
}
