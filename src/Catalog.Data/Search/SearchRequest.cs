using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Search;

/// <summary>A search and browse request, exactly what the URL of a results page holds.</summary>
public sealed record SearchRequest
{
    public const int PageSize = 20;

    /// <summary>The most papers a page of the JSON API may hold.</summary>
    public const int MaxPageSize = 100;

    public string? Query { get; init; }

    /// <summary>Papers by all of these authors.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    public int? Year { get; init; }

    public string? Venue { get; init; }

    /// <summary>Papers with this subject (an arXiv category such as "cs.CL").</summary>
    public string? Subject { get; init; }

    /// <summary>The sort asked for; null means the default for the request.</summary>
    public SearchSort? Sort { get; init; }

    /// <summary>Only papers with every word: never the ranked search (<see cref="Engine.Query.RankedFallback"/>).</summary>
    public bool AllWords { get; init; }

    public int Page { get; init; } = 1;

    /// <summary>Papers a page: <see cref="PageSize"/> on the results pages, up to <see cref="MaxPageSize"/> through the API.</summary>
    public int Size { get; init; } = PageSize;

    /// <summary>Show every author of the results in the author filter, not only the top ones.</summary>
    public bool AllAuthors { get; init; }

    /// <summary>True when the words the URL carried were longer than the parser reads, and <see cref="Query"/> holds
    /// their first part (<see cref="SearchQueryParser.MaxLength"/>).</summary>
    public bool QueryWasCut { get; init; }

    public bool HasQuery => !string.IsNullOrWhiteSpace(Query);

    public bool HasFilters => Authors.Count > 0 || Year is not null || Venue is not null || Subject is not null;

    /// <summary>Relevance when there is something to rank by, newest first otherwise.</summary>
    public SearchSort EffectiveSort => Sort ?? (HasQuery ? SearchSort.Relevance : SearchSort.Newest);

    /// <summary>Adds the author filter, or removes it when it is on. Changing a filter goes back to the first page.</summary>
    public SearchRequest ToggleAuthor(string slug) => this with
    {
        Authors = Authors.Contains(slug, StringComparer.Ordinal) ? [.. Authors.Where(a => a != slug)] : [.. Authors, slug],
        Page = 1,
    };

    public SearchRequest ToggleYear(int year) => this with { Year = Year == year ? null : year, Page = 1 };

    public SearchRequest ToggleVenue(string venue) => this with { Venue = Venue == venue ? null : venue, Page = 1 };

    public SearchRequest ToggleSubject(string subject) => this with { Subject = Subject == subject ? null : subject, Page = 1 };

    public SearchRequest WithQuery(string? query) => this with { Query = query, Page = 1, AllWords = false };

    /// <summary>The same search with every word required, or ranked again.</summary>
    public SearchRequest WithAllWords(bool allWords) => this with { AllWords = allWords, Page = 1 };

    public SearchRequest WithSort(SearchSort sort) => this with { Sort = sort, Page = 1 };

    public SearchRequest WithPage(int page) => this with { Page = page };

    public SearchRequest WithoutFilters() => this with { Authors = [], Year = null, Venue = null, Subject = null, Page = 1 };
}
