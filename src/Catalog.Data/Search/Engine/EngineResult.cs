namespace Catalog.Data.Search.Engine;

/// <summary>The engine's answer: how many papers match, the rowids of the asked slice in order, and the facet counts.</summary>
public sealed record EngineResult(long Total, IReadOnlyList<long> RowIds, EngineFacets Facets);
