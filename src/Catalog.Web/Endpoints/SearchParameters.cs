using Catalog.Data.Search;
using Catalog.Web.Components;

namespace Catalog.Web.Endpoints;

/// <summary>The /papers parameters read from a URL exactly as the results page reads them, for the exports and feeds of a
/// search: a value that does not parse is treated as absent.</summary>
public static class SearchParameters
{
    public static SearchRequest From(IQueryCollection query) => new()
    {
        Query = QueryValues.Text(query["q"]),
        Authors = [.. query["author"].Select(QueryValues.Text).OfType<string>().Distinct()],
        Year = QueryValues.Year(query["year"]),
        Venue = QueryValues.Text(query["venue"]),
        Subject = QueryValues.Text(query["subject"]),
        Sort = QueryValues.Sort(query["sort"]),
    };
}
