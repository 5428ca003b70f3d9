using System.Globalization;
using Catalog.Data.Queries;
using Catalog.Data.Search;
using Catalog.Web.Components;

namespace Catalog.Web.Api;

/// <summary>The API's query parameters: those of the pages, checked strictly. Where a page treats a value it cannot read
/// as absent, the API answers 400 naming the parameter, so a script learns of its mistake.</summary>
public static class ApiParameters
{
    public static (SearchRequest? Request, string? Error) Search(string? q, string[]? author, string? year, string? venue, string? subject,
        string? sort, string? page, string? size, string? more)
    {
        var request = new SearchRequest
        {
            Query = QueryValues.Text(q),
            Authors = [.. (author ?? []).Select(QueryValues.Text).OfType<string>().Distinct()],
            Venue = QueryValues.Text(venue),
            Subject = QueryValues.Text(subject),
            AllAuthors = more == "authors",
        };
        if (year is not null && QueryValues.Year(year) is null)
        {
            return (null, $"year must be a year from 1 to 9999, not “{year}”.");
        }

        if (sort is not null && QueryValues.Sort(sort) is null)
        {
            return (null, $"sort must be relevance, newest, oldest or title, not “{sort}”.");
        }

        if (more is not null && more != "authors")
        {
            return (null, $"more takes only the value authors, not “{more}”.");
        }

        if (!TryNumber(page, 1, int.MaxValue, 1, out var pageNumber))
        {
            return (null, $"page must be a whole number from 1 to {int.MaxValue:N0}, not “{page}”.");
        }

        if (!TryNumber(size, 1, SearchRequest.MaxPageSize, SearchRequest.PageSize, out var pageSize))
        {
            return (null, $"size must be a whole number from 1 to {SearchRequest.MaxPageSize}, not “{size}”.");
        }

        return (request with { Year = QueryValues.Year(year), Sort = QueryValues.Sort(sort), Page = pageNumber, Size = pageSize }, null);
    }

    public static (AuthorSort Sort, int Page, string? Error) Authors(string? sort, string? page)
    {
        AuthorSort? authorSort = sort switch
        {
            null or "name" => AuthorSort.Name,
            "papers" => AuthorSort.Papers,
            "family" => AuthorSort.Family,
            _ => null,
        };
        if (authorSort is null)
        {
            return (AuthorSort.Name, 1, $"sort must be name, family or papers, not “{sort}”.");
        }

        return TryNumber(page, 1, int.MaxValue, 1, out var number)
            ? (authorSort.Value, number, null)
            : (authorSort.Value, 1, $"page must be a whole number from 1 to {int.MaxValue:N0}, not “{page}”.");
    }

    private static bool TryNumber(string? text, int min, int max, int absent, out int value)
    {
        value = absent;
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }
}
