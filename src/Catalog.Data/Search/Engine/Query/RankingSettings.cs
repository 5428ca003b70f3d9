namespace Catalog.Data.Search.Engine.Query;

/// <summary>The numbers a ranked search is made with. The relevance benchmark (tests/Catalog.Benchmarks, Relevance)
/// varies the share and the exponent on SciFact's training claims (every fold chose 0 for both, the defaults) and the
/// fusion's k and weight. The two thresholds are set by hand: SciFact's claims are long, so they say little about them.</summary>
public sealed record RankingSettings
{
    public static readonly RankingSettings Default = new();

    /// <summary>An every-word search that finds fewer papers than this falls back to the ranked search.</summary>
    public int EnoughResults { get; init; } = 10;

    /// <summary>A query of at least this many plain words (stop words aside) is ranked whatever every word finds: a pasted
    /// sentence or claim, not keywords.</summary>
    public int LongQueryWords { get; init; } = 6;

    /// <summary>The share of a ranked search's words a paper must hold (Lucene's <c>minimum_should_match</c> as a
    /// percentage, rounded down, at least one word).</summary>
    public double MinimumShouldMatchShare { get; init; }

    /// <summary>How strongly a paper holding more of the words comes first: its score is multiplied by
    /// (words held ÷ words asked) to this power; 0 ranks by BM25F alone.</summary>
    public double CoordinationExponent { get; init; }

    /// <summary>Reciprocal rank fusion's k: the larger, the less the first ranks of either ranking outweigh the rest. The
    /// relevance benchmark chose 3 on four of five folds of SciFact's training claims (5 on the fifth; 60, the usual
    /// value, scored 0.721 against 0.733).</summary>
    public double FusionK { get; init; } = 3;

    /// <summary>What a rank by meaning counts next to the same rank by words (1 is as much; every fold chose 1).</summary>
    public double MeaningWeight { get; init; } = 1;

    /// <summary>How many papers of each ranking, words and meaning, the fusion takes; past them the words' order goes on.</summary>
    public int FusionDepth { get; init; } = 100;
}
