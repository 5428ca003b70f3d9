using System.Text;
using Catalog.Data.Seeds;

namespace Catalog.Data.Records;

/// <summary>Chooses a paper's id, which is its URL and its file name: the arXiv id when there is one, else the record's
/// id, else its title, made to fit the importer's rule (a letter or digit, then up to 127 letters, digits, '.', '_' or '-').</summary>
internal static class RecordId
{
    public const int MaxLength = 128;
    private const string ArxivPrefix = "arXiv:";

    /// <returns>The id, and the value it came from when that had to be changed to fit the rule (for a warning).</returns>
    public static (string Id, string? ChangedFrom) Choose(string? arxivId, string? id, string title, int line)
    {
        var given = WithoutArxivPrefix(arxivId) ?? WithoutArxivPrefix(id);
        if (given is not null)
        {
            var fitted = Fit(given);
            if (fitted.Length > 0)
            {
                return (fitted, fitted == given ? null : given);
            }
        }

        // The title's slug, as authors get theirs: "Ünïcode Tricks" becomes "unicode-tricks".
        var fromTitle = title.Any(char.IsLetterOrDigit) ? Fit(AuthorNames.Slug(title), maxLength: 80) : "";
        return fromTitle.Length > 0 ? (fromTitle, given) : ($"line-{line}", given);
    }

    /// <summary>The id of a paper from a bibliography: its arXiv id when it has one, else a slug of the first author's
    /// family name, the year and the title's first three words, "dehghani-2023-scaling-vision-transformers"; a number is
    /// added ("-2") until it is not <paramref name="taken"/> (ids compare ignoring case).</summary>
    public static string ForCitation(string? arxiv, string family, int? year, string title, Func<string, bool> taken)
    {
        var id = arxiv is not null ? Fit(arxiv) : "";
        if (id.Length == 0)
        {
            var words = AuthorNames.Slug(title).Split('-', StringSplitOptions.RemoveEmptyEntries).Take(3);
            string?[] parts = [AuthorNames.Slug(family), year?.ToString(System.Globalization.CultureInfo.InvariantCulture), .. words];
            id = Fit(string.Join('-', parts.Where(p => p is { Length: > 0 })), maxLength: 80);
        }

        id = id.Length == 0 ? "paper" : id;
        var unique = id;
        for (var n = 2; taken(unique); n++)
        {
            unique = FormattableString.Invariant($"{id}-{n}");
        }

        return unique;
    }

    /// <summary>Each run of other characters becomes one '-'; the id starts with a letter or digit and ends with one.</summary>
    private static string Fit(string text, int maxLength = MaxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c) || (builder.Length > 0 && c is '.' or '_' or '-'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-', '.', '_');
    }

    private static string? WithoutArxivPrefix(string? id)
    {
        var bare = id is not null && id.StartsWith(ArxivPrefix, StringComparison.OrdinalIgnoreCase) ? id[ArxivPrefix.Length..] : id;
        return string.IsNullOrWhiteSpace(bare) ? null : bare.Trim();
    }
}
