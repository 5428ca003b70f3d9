using System.Globalization;
using System.Text;
using Catalog.Components.Text;

namespace Catalog.Components.Citations;

/// <summary>Readable citekeys as arXiv and Google Scholar make them: first author's family name, year, first significant
/// title word ("dehghani2023scaling"). Papers that share a key are told apart by a suffix given in the order of their ids
/// ("dehghani2023scaling", "dehghani2023scalingb", …), so adding a paper changes no key but those of papers sharing it.</summary>
public static class CiteKeys
{
    private static readonly HashSet<string> s_insignificant = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "on", "of", "for", "in", "to", "and", "or", "with", "at", "by", "from", "into", "onto", "via", "is",
        "are", "be", "how", "what", "why", "when", "do", "does", "can", "toward", "towards", "beyond", "about", "we", "your", "our",
    };

    /// <summary>The key before any suffix, in ASCII letters and digits only, so every BibTeX tool accepts it.</summary>
    public static string BaseKey(string? firstAuthorFamily, int? year, string title)
    {
        var family = Ascii(firstAuthorFamily ?? "");
        var word = TitleWords(title).FirstOrDefault(w => !s_insignificant.Contains(w)) ?? "";
        return $"{(family.Length == 0 ? "anon" : family)}{year?.ToString(CultureInfo.InvariantCulture) ?? "nd"}{word}";
    }

    /// <summary>The key of every paper, from their ids and base keys; suffixes go by the ordinal order of ids.</summary>
    public static Dictionary<string, string> Assign(IEnumerable<(string Id, string BaseKey)> papers)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in papers.GroupBy(p => p.BaseKey, StringComparer.Ordinal))
        {
            var index = 0;
            foreach (var (id, baseKey) in group.OrderBy(p => p.Id, StringComparer.Ordinal))
            {
                keys[id] = WithSuffix(baseKey, index++);
            }
        }

        return keys;
    }

    /// <summary>The first paper keeps the bare key, as in "2023, 2023b"; past z the suffix is a number.</summary>
    public static string WithSuffix(string baseKey, int index) => index switch
    {
        0 => baseKey,
        < 26 => baseKey + (char)('a' + index),
        _ => $"{baseKey}-{(index + 1).ToString(CultureInfo.InvariantCulture)}",
    };

    private static string[] TitleWords(string title)
    {
        // TeX is read as plain text first: "$\Lambda$-DARTS" gives "darts" rather than a Greek letter no key can hold.
        var plain = Ascii(TexText.ToPlain(title), keepSpaces: true);
        return plain.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Lower case, accents removed, anything but a-z and 0-9 dropped (or turned into a space between words).</summary>
    private static string Ascii(string text, bool keepSpaces = false)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                builder.Append((char)(c + ('a' - 'A')));
            }
            else if (c is 'ß')
            {
                builder.Append("ss");
            }
            else if (keepSpaces && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
