namespace Catalog.Components;

/// <summary>Which of a search's parameters a URL or form carries.</summary>
public enum SearchParameterSet
{
    /// <summary>Everything the results page shows: the search, its filters and sort, the page and the full author list.</summary>
    View,

    /// <summary>What decides the results and their order, for exports and feeds, which have no pages.</summary>
    Results,

    /// <summary>What a new search from the results page keeps: filters and sort, without the words, which the form asks for.</summary>
    Kept,
}
