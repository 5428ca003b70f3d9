using System.Globalization;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Search;

/// <summary>Field terms, as arXiv and DBLP have them: <c>title:scaling</c>, <c>author:"Mostafa Dehghani"</c>,
/// <c>abstract:transform*</c>, <c>venue:ICLR</c>, <c>year:2023</c>, <c>year:2021..2023</c>, <c>year:2021..</c>,
/// <c>year:..2023</c>; <c>title:=scaling</c> asks for the word as written, and <c>exact:</c> does in any field. A word that is not a whole field term (an unknown name such as <c>foo:bar</c>, nothing after the
/// colon, a year that is not four digits or a range that runs backwards) is the plain text it is, searched as any word
/// is: <c>year:abc</c> looks for the words "year" and "abc" side by side, as it did before fields were known.</summary>
public static partial class SearchQueryParser
{
    /// <summary><c>exact:word</c>: the word as written, in any field (as <c>=word</c>).</summary>
    private const string ExactName = "exact";

    /// <summary>Field names, case-insensitive, with arXiv's short forms.</summary>
    private static readonly Dictionary<string, QueryField> s_fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = QueryField.Title,
        ["ti"] = QueryField.Title,
        ["author"] = QueryField.Authors,
        ["authors"] = QueryField.Authors,
        ["au"] = QueryField.Authors,
        ["abstract"] = QueryField.Abstract,
        ["abs"] = QueryField.Abstract,
        ["venue"] = QueryField.Venue,
        ["year"] = QueryField.Year,
    };

    /// <summary>The field term that starts at <paramref name="i"/>, read past; or null, and <paramref name="i"/> untouched,
    /// when the text there is not a whole field term.</summary>
    private static QueryTerm? ReadFieldTerm(string text, ref int i)
    {
        var colon = i;
        while (colon < text.Length && char.IsAsciiLetter(text[colon]))
        {
            colon++;
        }

        if (colon == i || colon + 1 >= text.Length || text[colon] != ':' || char.IsWhiteSpace(text[colon + 1]))
        {
            return null;
        }

        var name = text[i..colon];
        var exact = name.Equals(ExactName, StringComparison.OrdinalIgnoreCase);
        var field = QueryField.Any;
        if (!exact && !s_fields.TryGetValue(name, out field))
        {
            return null;
        }

        var at = colon + 1;
        if (!exact && field is (QueryField.Title or QueryField.Authors or QueryField.Abstract) && StartsExact(text, at))
        {
            (exact, at) = (true, at + 1);
        }

        var (raw, isPhrase) = ReadToken(text, ref at);
        var term = field != QueryField.Year ? Plain(raw, isPhrase, exact) with { Field = field }
            : !isPhrase && Years(raw) is { } years ? new QueryTerm(raw, false, false) { Field = field, Years = years }
            : null;
        if (term is null || (field != QueryField.Year && !HasWords(term)))
        {
            return null;
        }

        i = at;
        return term;
    }

    /// <summary>"2023", "2021..2023", "2021.." or "..2023" as an inclusive range; null for anything else.</summary>
    private static (int First, int Last)? Years(string text)
    {
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            return Year(text) is { } year ? (year, year) : null;
        }

        var (from, to) = (text[..dots], text[(dots + 2)..]);
        var first = from.Length == 0 && to.Length > 0 ? QueryFields.FirstYear : Year(from);
        var last = to.Length == 0 && from.Length > 0 ? QueryFields.LastYear : Year(to);
        return first is { } f && last is { } l && f <= l ? (f, l) : null;
    }

    private static int? Year(string text) =>
        text.Length == 4 && text.All(char.IsAsciiDigit) ? int.Parse(text, CultureInfo.InvariantCulture) : null;
}
