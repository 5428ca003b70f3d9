namespace Catalog.Data.Search.Engine;

/// <summary>What a search that fell back to ranking did, for the page to say so ("No paper has all 9 words; 1,204
/// papers have some of them, best first"): how many plain words it ranked by, the least a paper had to hold, the stop
/// words it did not ask for, and how many papers the every-word search found.</summary>
public sealed record RankedAnswer(int Words, int MinimumShouldMatch, IReadOnlyList<string> StopWords, long AllWordsTotal)
{
    /// <summary>True when even the quoted phrases and field terms were not required, no paper having them all.</summary>
    public bool OperatorsOptional { get; init; }

    /// <summary>True when meaning took part in the ranking: the papers nearest the query by meaning were fused with the
    /// words' ranking.</summary>
    public bool Meaning { get; init; }

    /// <summary>How many of the papers found hold none of the words and were found by meaning alone.</summary>
    public long MeaningOnly { get; init; }
}
