namespace Catalog.Data.Search;

/// <summary>A search as understood: groups that must all match (each a set of alternatives joined by OR),
/// and terms that must not match.</summary>
public sealed record ParsedQuery(IReadOnlyList<IReadOnlyList<QueryTerm>> Required, IReadOnlyList<QueryTerm> Excluded, bool Truncated)
{
    public static readonly ParsedQuery Empty = new([], [], false);

    public bool IsEmpty => Required.Count == 0 && Excluded.Count == 0;

    public bool HasRequired => Required.Count > 0;

    /// <summary>True when a required term is a prefix (<c>transform*</c>), which FTS5 expands into every word it starts.</summary>
    public bool HasPrefix => Required.Any(group => group.Any(term => term.IsPrefix));

    /// <summary>True when a term filters by venue or year (<see cref="QueryTerm.IsFilter"/>).</summary>
    public bool HasFilterTerms => Required.Any(g => g.Any(t => t.IsFilter)) || Excluded.Any(t => t.IsFilter);

    /// <summary>The FTS5 expression for the required groups minus the excluded terms, or null when nothing is required.
    /// Venue and year terms are not FTS5 columns and are left out (a group of them only with them): the expression
    /// matches what the text terms match.</summary>
    public string? MatchExpression
    {
        get
        {
            var groups = Required.Select(g => g.Where(t => !t.IsFilter).ToList()).Where(g => g.Count > 0).ToList();
            if (groups.Count == 0)
            {
                return null;
            }

            var required = string.Join(" AND ", groups.Select(Group));
            return ExcludedExpression is { } excluded ? $"({required}) NOT {excluded}" : required;
        }
    }

    /// <summary>The FTS5 expression matching any excluded text term, or null when there is none.</summary>
    public string? ExcludedExpression => Excluded.Any(t => !t.IsFilter)
        ? $"({string.Join(" OR ", Excluded.Where(t => !t.IsFilter).Select(t => t.ToFts()))})"
        : null;

    /// <summary>The query as a person would type it again.</summary>
    public override string ToString() => string.Join(" ",
        Required.Select(g => string.Join(" OR ", g)).Concat(Excluded.Select(t => $"-{t}")));

    /// <summary>The same query without one of its required groups, for "try without this word".</summary>
    public ParsedQuery WithoutRequired(int index) => this with { Required = [.. Required.Where((_, i) => i != index)] };

    private static string Group(IReadOnlyList<QueryTerm> alternatives) =>
        alternatives.Count == 1 ? alternatives[0].ToFts() : $"({string.Join(" OR ", alternatives.Select(t => t.ToFts()))})";
}
