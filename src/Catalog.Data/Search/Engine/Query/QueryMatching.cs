namespace Catalog.Data.Search.Engine.Query;

/// <summary>Which papers a search's plain words find.</summary>
public enum QueryMatching
{
    /// <summary>Papers with every word, as FTS5 matches them: the strict search, and what the engine is held to.</summary>
    AllWords,

    /// <summary>Every word when that finds enough; otherwise the papers with some of the words, ranked
    /// (<see cref="RankedFallback"/>). The results pages' and the API's default.</summary>
    AllWordsOrRanked,
}
