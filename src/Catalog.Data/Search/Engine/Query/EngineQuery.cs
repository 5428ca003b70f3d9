namespace Catalog.Data.Search.Engine.Query;

/// <summary>What a results page asks the engine: the parsed query, the filters, the order, the slice and the facet sizes.</summary>
public sealed record EngineQuery
{
    /// <summary>Papers a slice holds unless asked otherwise: a results page's worth.</summary>
    public const int DefaultTake = 20;

    public ParsedQuery Query { get; init; } = ParsedQuery.Empty;

    /// <summary>Every word only (FTS5's matching, the default here), or every word and else ranked.</summary>
    public QueryMatching Matching { get; init; } = QueryMatching.AllWords;

    /// <summary>The numbers a ranked search is made with.</summary>
    public RankingSettings Ranking { get; init; } = RankingSettings.Default;

    /// <summary>The query's meaning, when the catalog has embeddings: a ranked search by relevance fuses the papers
    /// nearest it with the words' ranking (<see cref="Fusion.RankFusion"/>). Null ranks by words alone.</summary>
    public IMeaningRanking? Meaning { get; init; }

    /// <summary>Papers by all of these people (store ids).</summary>
    public IReadOnlyList<long> People { get; init; } = [];

    public int? Year { get; init; }

    public string? Venue { get; init; }

    public string? Subject { get; init; }

    /// <summary>Relevance needs a required term; without one the engine sorts newest first.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Skip { get; init; }

    public int Take { get; init; } = DefaultTake;

    public int PeopleFacetSize { get; init; }

    public int VenueFacetSize { get; init; }

    public int SubjectFacetSize { get; init; }
}
