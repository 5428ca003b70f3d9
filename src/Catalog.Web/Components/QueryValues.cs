using System.Globalization;
using Catalog.Data.Search;

namespace Catalog.Web.Components;

/// <summary>Reads the URL's query values. They arrive as text, since anyone can type anything into a URL:
/// a value that does not parse is treated as absent instead of failing the page.</summary>
public static class QueryValues
{
    /// <summary>The request a results page's URL holds, from its query values as they arrive.</summary>
    public static SearchRequest Search(string? q, IEnumerable<string?>? authors, string? year, string? venue, string? subject,
        string? sort, string? page, string? more) => new()
    {
        Query = Query(q),
        Authors = [.. (authors ?? []).Select(Text).OfType<string>().Distinct()],
        Year = Year(year),
        Venue = Text(venue),
        Subject = Text(subject),
        Sort = Sort(sort),
        Page = Page(page),
        AllAuthors = more == "authors",
    };

    /// <summary>A page number, however large: a number past int's range is int.MaxValue, which is past the results and
    /// so answers 404, where a parse that failed would have shown page 1. Anything that is not a number is page 1.</summary>
    public static int Page(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.All(char.IsAsciiDigit))
        {
            return 1;
        }

        var digits = text.TrimStart('0');
        return digits.Length == 0 ? 1
            : long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page <= int.MaxValue ? (int)page
            : int.MaxValue;
    }

    /// <summary>The search box's text, cut to the parser's bound, since it is written into every link of the page.</summary>
    public static string? Query(string? text) => Text(text) is { } query ? SearchQueryParser.Limit(query) : null;

    /// <summary>True when <see cref="Query"/> cut the text.</summary>
    public static bool QueryWasCut(string? text) => Text(text)?.Length > SearchQueryParser.MaxLength;

    public static int? Year(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999 ? year : null;

    public static SearchSort? Sort(string? text) =>
        Enum.TryParse<SearchSort>(text, ignoreCase: true, out var sort) && Enum.IsDefined(sort) && !int.TryParse(text, out _) ? sort : null;

    public static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
