using System.Globalization;
using Catalog.Data.Search;

namespace Catalog.Web.Components;

/// <summary>Reads the URL's query values. They arrive as text, since anyone can type anything into a URL:
/// a value that does not parse is treated as absent instead of failing the page.</summary>
public static class QueryValues
{
    /// <summary>Page numbers past this are not served; no one pages that far, and the offset must stay small.</summary>
    public const int MaxPage = 100_000;

    public static int Page(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= MaxPage ? page : 1;

    public static int? Year(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999 ? year : null;

    public static SearchSort? Sort(string? text) =>
        Enum.TryParse<SearchSort>(text, ignoreCase: true, out var sort) && Enum.IsDefined(sort) && !int.TryParse(text, out _) ? sort : null;

    public static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
