using Catalog.Data.Search;
using Catalog.Web.Components;

namespace Catalog.Web.Endpoints;

/// <summary>The /papers parameters read from a URL exactly as the results page reads them, for the exports and feeds of a
/// search: a value that does not parse is treated as absent.</summary>
public static class SearchParameters
{
    public static SearchRequest From(IQueryCollection query) =>
        QueryValues.Search(query["q"], query["author"], query["year"], query["venue"], query["subject"], query["sort"], page: null, more: null);
}
