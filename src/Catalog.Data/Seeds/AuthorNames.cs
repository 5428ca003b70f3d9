using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Catalog.Data.Text;

namespace Catalog.Data.Seeds;

/// <summary>How an author's name is written in the store and in URLs.</summary>
public static partial class AuthorNames
{
    private static readonly HashSet<string> s_suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV" };

    /// <summary>Trims, collapses spaces, NFC-normalises, and turns "Family, Given" into "Given Family".</summary>
    public static string Normalize(string raw) => Parse(raw).Name;

    /// <summary>The name as <see cref="Normalize"/> gives it, and the family name when the name was written
    /// "Family, Given", the one form that says which words are the family name.</summary>
    public static (string Name, string? Family) Parse(string raw)
    {
        var name = Whitespace().Replace(Normalizable(raw).Trim(), " ").Normalize(NormalizationForm.FormC);
        var parts = name.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 && !s_suffixes.Contains(parts[1]))
        {
            return ($"{parts[1]} {parts[0]}", parts[0]);
        }

        return (name, null);
    }

    /// <summary>The family name of a name as printed: <paramref name="known"/> and any words after it when the name holds
    /// it as whole words (from people.yaml or a "Family, Given" spelling: "Riquelme" makes "Carlos Riquelme Ruiz"'s
    /// family name "Riquelme Ruiz"), else its last word that is not a suffix such as "Jr.".</summary>
    public static string FamilyOf(string name, string? known)
    {
        if (known is { Length: > 0 })
        {
            var at = name.LastIndexOf(known, StringComparison.Ordinal);
            var wholeWords = at >= 0 && (at == 0 || name[at - 1] == ' ') && (at + known.Length == name.Length || name[at + known.Length] == ' ');
            if (wholeWords)
            {
                return name[at..];
            }
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words.Length - 1;
        while (last > 0 && s_suffixes.Contains(words[last].TrimEnd(',')))
        {
            last--;
        }

        return last < 0 ? name : words[last];
    }

    /// <summary>The given names: what comes before the family name, without it ("" for a single name).</summary>
    public static string GivenOf(string name, string family)
    {
        var at = name.LastIndexOf(family, StringComparison.Ordinal);
        return at <= 0 ? "" : (name[..at] + name[(at + family.Length)..]).Trim();
    }

    /// <summary>What the author index sorts by family name on: "riquelme carlos", folded like a name search.</summary>
    public static string SortKey(string name, string family) => Fold($"{family} {GivenOf(name, family)}");

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
    private static string Normalizable(string text) => UnicodeText.Replace(text, c => c == '\uFFFE', '\uFFFD');

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
