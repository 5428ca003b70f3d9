using System.Globalization;
using Catalog.Data.Queries;
using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Components;

/// <summary>Reads the URL's query values. They arrive as text, since anyone can type anything into a URL:
/// a value that does not parse is treated as absent instead of failing the page.</summary>
public static class QueryValues
{
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

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, read strictly as the API reads
    /// its parameters: absent is <paramref name="absent"/>; anything else is false.</summary>
    public static bool TryNumber(string? text, int min, int max, int absent, out int value)
    {
        value = absent;
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }

    /// <summary>The search box's text, cut to the parser's bound, since it is written into every link of the page.</summary>
    public static string? Query(string? text) => Text(text) is { } query ? SearchQueryParser.Limit(query) : null;

    /// <summary>True when <see cref="Query"/> cut the text.</summary>
    public static bool QueryWasCut(string? text) => Text(text)?.Length > SearchQueryParser.MaxLength;

    public static int? Year(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999 ? year : null;

    /// <summary>A sort by its name in a URL (<see cref="SortName"/>), in any case.</summary>
    public static SearchSort? Sort(string? text) =>
        Enum.TryParse<SearchSort>(text, ignoreCase: true, out var sort) && Enum.IsDefined(sort) && !int.TryParse(text, out _) ? sort : null;

    /// <summary>A sort's name in a URL: relevance, newest, oldest, title.</summary>
    public static string SortName(SearchSort sort) => sort.ToString().ToLowerInvariant();

    /// <summary>Every sort's name, for messages and the API's document.</summary>
    public static IEnumerable<string> SortNames => Enum.GetValues<SearchSort>().Select(SortName);

    /// <summary>The author index's order by its name in a URL, in any case; by name when absent or unknown.</summary>
    public static AuthorSort AuthorSort(string? text) =>
        Enum.GetValues<AuthorSort>().FirstOrDefault(sort => string.Equals(AuthorSortName(sort), text, StringComparison.OrdinalIgnoreCase));

    /// <summary>An author order's name in a URL: name, family, papers.</summary>
    public static string AuthorSortName(AuthorSort sort) => sort.ToString().ToLowerInvariant();

    /// <summary>Every author order's name, for messages and the API.</summary>
    public static IEnumerable<string> AuthorSortNames => Enum.GetValues<AuthorSort>().Select(AuthorSortName);

    /// <summary>The value as text: what is not text (<see cref="QueryText"/>) becomes a space, and a value of only spaces
    /// is absent.</summary>
    public static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : QueryText.WithoutNonText(text).Trim() is { Length: > 0 } clean ? clean : null;
}
