namespace Catalog.Data.Search;

/// <summary>A row of a count query, as Dapper reads it.</summary>
internal sealed class FacetRow
{
    public string Value { get; init; } = "";
    public string Label { get; init; } = "";
    public long Count { get; init; }

    public FacetValue ToFacet() => new(Value, Label, Count);
}
