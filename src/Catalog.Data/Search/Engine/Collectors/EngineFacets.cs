namespace Catalog.Data.Search.Engine.Collectors;

/// <summary>The matches counted by year (newest first, every year), venue, person (store id) and subject (most matches
/// first, ties by value, as many as asked for).</summary>
public sealed record EngineFacets(
    IReadOnlyList<EngineFacet<int>> Years,
    IReadOnlyList<EngineFacet<string>> Venues,
    IReadOnlyList<EngineFacet<long>> People,
    IReadOnlyList<EngineFacet<string>> Subjects)
{
    public static readonly EngineFacets None = new([], [], [], []);
}

/// <summary>A value and how many matches have it.</summary>
public sealed record EngineFacet<T>(T Value, long Count);
