using Catalog.Data.Model;
using Catalog.Data.Search.Engine;
using Catalog.Data.Search.Engine.Explain;
using Catalog.Data.Search.Engine.Highlight;
using Catalog.Data.Search.Engine.Query;
using Catalog.Data.Search.Semantic;

namespace Catalog.Data.Search;

/// <summary>One page of results, the total, and the filters with their counts over all the results.</summary>
public sealed record SearchResult(
    SearchRequest Request,
    ParsedQuery Query,
    long Total,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    IReadOnlyList<AuthorRef> FilterAuthors)
{
    /// <summary>True when the search was cut to what the parser reads: the request's text to its length, or the parsed
    /// query to its number of words. The one flag the results page shows.</summary>
    public bool QueryWasCut => Request.QueryWasCut || Query.Truncated;

    /// <summary>A search like this one with more results, to offer as "Did you mean …?" (<see cref="Engine.SearchEngine.Suggest"/>).</summary>
    public string? DidYouMean { get; init; }

    /// <summary>What the search ranked by when every word found too little; null when every result holds every word.</summary>
    public RankedAnswer? Ranked { get; init; }

    /// <summary>What the query became: each term, its role and the forms searched for it; null without a query.</summary>
    public QueryExplanation? Explanation { get; init; }

    /// <summary>Where the catalog's vectors stood for this search: ready, still being computed, or off.</summary>
    public SemanticStatus Semantic { get; init; } = SemanticStatus.Off;

    /// <summary>True when meaning took part in this search's ranking (words and meaning fused).</summary>
    public bool RankedByMeaning => Ranked?.Meaning == true;

    public int PageCount => Paging.PageCount(Total, Request.Size);

    public long FirstIndex => Total == 0 ? 0 : ((long)(Request.Page - 1) * Request.Size) + 1;

    public long LastIndex => FirstIndex == 0 ? 0 : FirstIndex + Hits.Count - 1;
}

/// <summary>A paper in the results. The title and snippet mark matched words with
/// <see cref="SearchMarks.Start"/> and <see cref="SearchMarks.End"/>, which the page turns into &lt;mark&gt;.</summary>
public sealed record SearchHit(PaperSummary Paper, string MarkedTitle, string MarkedSnippet)
{
    /// <summary>Why the paper scored what it did, term by term and field by field; null when the search had no words.</summary>
    public ScoreExplanation? Explanation { get; init; }
}

/// <summary>Counts of the results by person, year, venue and subject.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetValue> Authors, bool MoreAuthors, IReadOnlyList<FacetValue> Years, IReadOnlyList<FacetValue> Venues)
{
    public static readonly SearchFacets None = new([], false, [], []);

    public IReadOnlyList<FacetValue> Subjects { get; init; } = [];
}

/// <summary>One value of a filter, the label to show for it, and how many results have it.</summary>
public sealed record FacetValue(string Value, string Label, long Count);
