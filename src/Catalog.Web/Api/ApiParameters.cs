using System.Globalization;
using Catalog.Data.Queries;
using Catalog.Components;

namespace Catalog.Web.Api;

/// <summary>The author index's query parameters, checked strictly: where a page treats a value it cannot read as absent,
/// the API answers 400 naming the parameter, so a script learns of its mistake. A search's are read by
/// <see cref="SearchParameters.ReadStrict"/>.</summary>
public static class ApiParameters
{
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
