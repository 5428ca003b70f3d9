using System.Globalization;
using Catalog.Data.Search;
using Microsoft.Extensions.Primitives;

namespace Catalog.Components;

/// <summary>The one owner of a search's URL parameters: every link to /papers, the search form's hidden inputs, the
/// results page, the exports and feeds of a search and the JSON API write and read them here, so a new filter is added in
/// this file alone. Pages, exports and feeds read leniently (a value that does not parse is absent, as anyone can type
/// anything into a URL); the API reads strictly and names the parameter it cannot read.</summary>
public static class SearchParameters
{
    public const string Query = "q";
    public const string Author = "author";
    public const string Year = "year";
    public const string Venue = "venue";
    public const string Subject = "subject";
    public const string Sort = "sort";
    public const string Match = "match";
    public const string More = "more";
    public const string Page = "page";
    public const string Size = "size";

    /// <summary>The value of <see cref="Match"/> that finds only papers with every word, never the ranked search.</summary>
    public const string AllWords = "all";

    /// <summary>The value of <see cref="More"/> that lists every author of the results in the author filter.</summary>
    public const string AllAuthors = "authors";

    /// <summary>Every parameter, in the order links write them; <see cref="Size"/> is the API's alone.</summary>
    public static readonly IReadOnlyList<SearchParameter> All =
    [
        new(Query, SearchSyntax.Description),
        new(Author, "A person's id (as in /authors/{id}): papers by that person. Repeat it for papers by all of them.", Repeats: true),
        new(Year, "Papers of this year, 1 to 9999."),
        new(Venue, "Papers of this venue, as the venue facet names it."),
        new(Subject, "Papers with this subject, an arXiv category such as cs.CL."),
        new(Sort, "The order: relevance (the default when there are words to rank by), newest (the default otherwise), oldest or title.",
            Values: [.. QueryValues.SortNames]),
        new(Match, $"{AllWords}: only papers with every word. Without it, a search whose every word finds fewer than 10 papers, or of 6 words or more, "
            + "ranks the papers with some of the words instead, and the answer's \"ranked\" says so.", Values: [AllWords]),
        new(More, $"{AllAuthors}: count up to 500 authors of the results in the author facet, not only the first ones.", Values: [AllAuthors]),
        new(Page, "The page of results, from 1."),
        new(Size, $"Papers a page, 1 to {SearchRequest.MaxPageSize}; {SearchRequest.PageSize} when absent."),
    ];

    /// <summary>The parameters of the request that the set holds, as name and value, in the order of <see cref="All"/>;
    /// absent and default values are left out, so one view has one URL.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Write(SearchRequest request, SearchParameterSet set)
    {
        if (set != SearchParameterSet.Kept && request.HasQuery)
        {
            yield return new(Query, request.Query!);
        }

        foreach (var slug in request.Authors)
        {
            yield return new(Author, slug);
        }

        if (request.Year is { } year)
        {
            yield return new(Year, year.ToString(CultureInfo.InvariantCulture));
        }

        if (request.Venue is { } venue)
        {
            yield return new(Venue, venue);
        }

        if (request.Subject is { } subject)
        {
            yield return new(Subject, subject);
        }

        if (request.Sort is { } sort)
        {
            yield return new(Sort, QueryValues.SortName(sort));
        }

        if (set != SearchParameterSet.Kept && request.AllWords && request.HasQuery)
        {
            yield return new(Match, AllWords);
        }

        if (set == SearchParameterSet.View)
        {
            if (request.AllAuthors)
            {
                yield return new(More, AllAuthors);
            }

            if (request.Page > 1)
            {
                yield return new(Page, request.Page.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>The request a page's, an export's or a feed's URL holds: the parameters of the set, as
    /// <see cref="Write"/> writes them. A value that does not parse is absent; the words are cut to the parser's bound,
    /// since they are written into every link of the page.</summary>
    public static SearchRequest Read(Func<string, StringValues> values, SearchParameterSet set)
    {
        var request = new SearchRequest
        {
            Query = set == SearchParameterSet.Kept ? null : QueryValues.Query(First(values, Query)),
            QueryWasCut = set != SearchParameterSet.Kept && QueryValues.QueryWasCut(First(values, Query)),
            Authors = Authors(values(Author)),
            Year = QueryValues.Year(First(values, Year)),
            Venue = QueryValues.Text(First(values, Venue)),
            Subject = QueryValues.Text(First(values, Subject)),
            Sort = QueryValues.Sort(First(values, Sort)),
            AllWords = set != SearchParameterSet.Kept && First(values, Match) == AllWords,
        };
        return set == SearchParameterSet.View
            ? request with { Page = QueryValues.Page(First(values, Page)), AllAuthors = First(values, More) == AllAuthors }
            : request;
    }

    /// <summary>The request an API URL holds, or the message that names the first parameter it cannot read.</summary>
    public static (SearchRequest? Request, string? Error) ReadStrict(Func<string, StringValues> values)
    {
        string? year = values(Year), sort = values(Sort), match = values(Match), more = values(More), page = values(Page), size = values(Size);
        if (year is not null && QueryValues.Year(year) is null)
        {
            return (null, $"{Year} must be a year from 1 to 9999, not “{year}”.");
        }

        if (sort is not null && QueryValues.Sort(sort) is null)
        {
            return (null, $"{Sort} must be one of {string.Join(", ", QueryValues.SortNames)}, not “{sort}”.");
        }

        if (match is not null && match != AllWords)
        {
            return (null, $"{Match} takes only the value {AllWords}, not “{match}”.");
        }

        if (more is not null && more != AllAuthors)
        {
            return (null, $"{More} takes only the value {AllAuthors}, not “{more}”.");
        }

        if (!QueryValues.TryNumber(page, 1, int.MaxValue, 1, out var pageNumber))
        {
            return (null, $"{Page} must be a whole number from 1 to {int.MaxValue:N0}, not “{page}”.");
        }

        if (!QueryValues.TryNumber(size, 1, SearchRequest.MaxPageSize, SearchRequest.PageSize, out var pageSize))
        {
            return (null, $"{Size} must be a whole number from 1 to {SearchRequest.MaxPageSize}, not “{size}”.");
        }

        return (new SearchRequest
        {
            Query = QueryValues.Text(values(Query)),
            Authors = Authors(values(Author)),
            Year = QueryValues.Year(year),
            Venue = QueryValues.Text(values(Venue)),
            Subject = QueryValues.Text(values(Subject)),
            Sort = QueryValues.Sort(sort),
            AllWords = match == AllWords,
            Page = pageNumber,
            Size = pageSize,
            AllAuthors = more == AllAuthors,
        }, null);
    }

    /// <summary>A page takes the first of a parameter given twice, as Blazor's binding does; the API reads them joined
    /// by a comma, and so refuses two years or two sorts.</summary>
    private static string? First(Func<string, StringValues> values, string name) => values(name) is { Count: > 0 } found ? found[0] : null;

    private static IReadOnlyList<string> Authors(StringValues slugs) => [.. slugs.Select(QueryValues.Text).OfType<string>().Distinct()];
}
