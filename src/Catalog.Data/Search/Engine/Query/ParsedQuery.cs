namespace Catalog.Data.Search.Engine.Query;

/// <summary>A search as understood: groups that must all match (each a set of alternatives joined by OR),
/// and terms that must not match.</summary>
public sealed record ParsedQuery(IReadOnlyList<IReadOnlyList<QueryTerm>> Required, IReadOnlyList<QueryTerm> Excluded, bool Truncated)
{
    public static readonly ParsedQuery Empty = new([], [], false);

    public bool IsEmpty => Required.Count == 0 && Excluded.Count == 0;

    public bool HasRequired => Required.Count > 0;

    /// <summary>The query as a person would type it again.</summary>
    public override string ToString() => string.Join(" ",
        Required.Select(g => string.Join(" OR ", g)).Concat(Excluded.Select(t => $"-{t}")));

    /// <summary>The same query without one of its required groups, for "try without this word".</summary>
    public ParsedQuery WithoutRequired(int index) => this with { Required = [.. Required.Where((_, i) => i != index)] };
}
