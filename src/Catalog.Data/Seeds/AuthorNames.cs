using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Catalog.Data.Seeds;

/// <summary>How an author's name is written in the store and in URLs.</summary>
public static partial class AuthorNames
{
    private static readonly HashSet<string> s_suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV" };

    /// <summary>Trims, collapses spaces, NFC-normalises, and turns "Family, Given" into "Given Family".</summary>
    public static string Normalize(string raw)
    {
        var name = Whitespace().Replace(Normalizable(raw).Trim(), " ").Normalize(NormalizationForm.FormC);
        var parts = name.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 && !s_suffixes.Contains(parts[1]))
        {
            name = $"{parts[1]} {parts[0]}";
        }

        return name;
    }

    /// <summary>A lower-case ASCII-folded slug: "Mario Lučić" becomes "mario-lucic". Letters of other scripts are kept.</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in Normalizable(name).Normalize(NormalizationForm.FormKD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                AppendFolded(builder, char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "author" : slug;
    }

    /// <summary>string.Normalize throws on U+FFFE and on unpaired surrogates. Neither is part of a name, so each becomes
    /// U+FFFD, the replacement character, which shows that something was there.</summary>
    private static string Normalizable(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (chars[i] == '\uFFFE' || char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>The name as a prefix search compares it: lower case, accents removed, single spaces ("mario lucic").</summary>
    public static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in Normalizable(name).Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                builder.Append(' ');
            }
            else
            {
                AppendFolded(builder, char.ToLowerInvariant(c));
            }
        }

        return Whitespace().Replace(builder.ToString(), " ").Trim();
    }

    // Letters that Unicode does not decompose into a base letter and a mark.
    private static void AppendFolded(StringBuilder builder, char c) => _ = c switch
    {
        'ø' => builder.Append('o'),
        'ł' => builder.Append('l'),
        'đ' => builder.Append('d'),
        'ß' => builder.Append("ss"),
        'æ' => builder.Append("ae"),
        'œ' => builder.Append("oe"),
        'þ' => builder.Append("th"),
        'ı' => builder.Append('i'),
        _ => builder.Append(c),
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
