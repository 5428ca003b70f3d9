namespace Catalog.Data.Search.Engine.Query;

/// <summary>A search as understood, in the shape of Lucene's BooleanQuery: groups that must all match (each a set of
/// alternatives joined by OR), terms that must not match, and groups that may match (<see cref="Optional"/>), of which a
/// paper must hold at least <see cref="MinimumShouldMatch"/>.</summary>
public sealed record ParsedQuery(IReadOnlyList<IReadOnlyList<QueryTerm>> Required, IReadOnlyList<QueryTerm> Excluded, bool Truncated)
{
    public static readonly ParsedQuery Empty = new([], [], false);

    /// <summary>Groups that rank the papers that hold them without being required: a ranked search's plain words
    /// (<see cref="RankedFallback"/>). The parser writes none.</summary>
    public IReadOnlyList<IReadOnlyList<QueryTerm>> Optional { get; init; } = [];

    /// <summary>How many of the <see cref="Optional"/> groups a paper must hold (at least one when nothing is required).</summary>
    public int MinimumShouldMatch { get; init; }

    public bool IsEmpty => Required.Count == 0 && Excluded.Count == 0 && Optional.Count == 0;

    /// <summary>True when something must match: a required group, or optional ones of which a paper must hold some.</summary>
    public bool HasRequired => Required.Count > 0 || Optional.Count > 0;

    /// <summary>The query as a person would type it again (a ranked query's optional words as plain words).</summary>
    public override string ToString() => string.Join(" ",
        Required.Concat(Optional).Select(g => string.Join(" OR ", g)).Concat(Excluded.Select(t => $"-{t}")));

    /// <summary>The same query without one of its required groups, for "try without this word".</summary>
    public ParsedQuery WithoutRequired(int index) => this with { Required = [.. Required.Where((_, i) => i != index)] };
}
