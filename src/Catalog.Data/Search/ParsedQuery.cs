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

    /// <summary>The FTS5 expression for the required groups minus the excluded terms, or null when nothing is required.</summary>
    public string? MatchExpression
    {
        get
        {
            if (!HasRequired)
            {
                return null;
            }

            var required = string.Join(" AND ", Required.Select(Group));
            return Excluded.Count == 0 ? required : $"({required}) NOT {ExcludedExpression}";
        }
    }

    /// <summary>The FTS5 expression matching any excluded term, or null when there is none.</summary>
    public string? ExcludedExpression => Excluded.Count == 0 ? null : $"({string.Join(" OR ", Excluded.Select(t => t.ToFts()))})";

    /// <summary>The query as a person would type it again.</summary>
    public override string ToString() => string.Join(" ",
        Required.Select(g => string.Join(" OR ", g)).Concat(Excluded.Select(t => $"-{t}")));

    /// <summary>The same query without one of its required groups, for "try without this word".</summary>
    public ParsedQuery WithoutRequired(int index) => this with { Required = [.. Required.Where((_, i) => i != index)] };

    private static string Group(IReadOnlyList<QueryTerm> alternatives) =>
        alternatives.Count == 1 ? alternatives[0].ToFts() : $"({string.Join(" OR ", alternatives.Select(t => t.ToFts()))})";
}
