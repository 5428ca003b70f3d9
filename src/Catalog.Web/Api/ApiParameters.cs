using Catalog.Components;
using Catalog.Data.Queries;

namespace Catalog.Web.Api;

/// <summary>The author index's query parameters, checked strictly: where a page treats a value it cannot read as absent,
/// the API answers 400 naming the parameter, so a script learns of its mistake. A search's are read by
/// <see cref="SearchParameters.ReadStrict"/>.</summary>
public static class ApiParameters
{
    public static (AuthorSort Sort, int Page, string? Error) Authors(string? sort, string? page)
    {
        // Strict: a name exactly as the API's document writes it, where a page takes any case.
        if (sort is not null && !QueryValues.AuthorSortNames.Contains(sort, StringComparer.Ordinal))
        {
            return (AuthorSort.Name, 1, $"sort must be {string.Join(", ", QueryValues.AuthorSortNames)}, not “{sort}”.");
        }

        var authorSort = QueryValues.AuthorSort(sort);
        return QueryValues.TryNumber(page, 1, int.MaxValue, 1, out var number)
            ? (authorSort, number, null)
            : (authorSort, 1, $"page must be a whole number from 1 to {int.MaxValue:N0}, not “{page}”.");
    }
}
