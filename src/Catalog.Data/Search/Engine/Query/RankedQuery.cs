namespace Catalog.Data.Search.Engine.Query;

/// <summary>A query made ranked (<see cref="RankedFallback.Relax"/>): the query to search, how many groups (plain words,
/// and phrases and field terms when loosened) it ranks by, and the stop words it no longer asks for.</summary>
public sealed record RankedQuery(ParsedQuery Query, int Words, IReadOnlyList<string> StopWords)
{
    /// <summary>True when the phrases, prefixes, field terms and OR groups are optional too (<see cref="RankedFallback.Loosen"/>).</summary>
    public bool OperatorsOptional { get; init; }
}
