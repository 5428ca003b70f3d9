using Catalog.Data.Search.Engine.Collectors;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Search.Engine;

/// <summary>The engine's answer: how many papers match, the rowids of the asked slice in order, and the facet counts;
/// and the plan it searched with, from which the engine highlights the page (<see cref="SearchEngine.Highlighter"/>), so a
/// request expands its query once.</summary>
public sealed record EngineResult(long Total, IReadOnlyList<long> RowIds, EngineFacets Facets)
{
    internal QueryPlan? Plan { get; init; }

    /// <summary>The engine's numbers of the slice's papers, in order, for explaining their scores.</summary>
    internal IReadOnlyList<int> Documents { get; init; } = [];

    /// <summary>For a ranking by words and meaning, where each fused paper stood (by engine number); empty otherwise.</summary>
    internal IReadOnlyDictionary<int, Explain.FusionExplanation> Fused { get; init; } = new Dictionary<int, Explain.FusionExplanation>();

    /// <summary>The coordination exponent the slice was ranked with.</summary>
    internal double CoordinationExponent { get; init; }

    /// <summary>What the search ranked by when every word found too little (<see cref="Query.RankedFallback"/>); null for
    /// an every-word answer.</summary>
    public RankedAnswer? Ranked { get; init; }
}
