using System.Text;
using Catalog.Components.Text;

namespace Catalog.Components.Citations;

/// <summary>A one-line reference to paste into a text, in the shape of APA's: "Kumar, M., Dehghani, M., &amp; Houlsby, N.
/// (2023). Dual PatchNorm. TMLR 2023. arXiv:2302.01327". Past <see cref="ListedAuthors"/> authors, the first ones, an
/// ellipsis and the last, as APA 7 does.</summary>
public static class ReferenceText
{
    public const int ListedAuthors = 20;

    public static string Format(Citation citation)
    {
        var text = new StringBuilder();
        text.Append(Authors(citation.Authors));
        text.Append(citation.Year is { } year ? $" ({year}). " : " (n.d.). ");
        var title = TexText.ToPlain(citation.Title).TrimEnd('.');
        text.Append(title).Append(title.EndsWith('?') || title.EndsWith('!') ? " " : ". ");
        if (citation.Venue is { } venue && citation.Kind is CitationKind.Conference or CitationKind.Journal)
        {
            text.Append(citation.Kind == CitationKind.Conference ? "In " : "").Append(venue.TrimEnd('.')).Append(". ");
        }

        if (citation.Doi is { } doi)
        {
            text.Append("https://doi.org/").Append(doi);
        }
        else if (citation.Arxiv is { } arxiv)
        {
            text.Append("arXiv:").Append(arxiv);
        }
        else
        {
            text.Append(citation.Url ?? citation.PageUrl);
        }

        return text.ToString();
    }

    private static string Authors(IReadOnlyList<CitationName> authors)
    {
        var names = authors.Select(Short).ToList();
        return names.Count switch
        {
            0 => "Anonymous",
            1 => names[0],
            2 => $"{names[0]}, & {names[1]}",
            <= ListedAuthors => $"{string.Join(", ", names[..^1])}, & {names[^1]}",
            _ => $"{string.Join(", ", names[..(ListedAuthors - 1)])}, … {names[^1]}",
        };
    }

    /// <summary>"Dehghani, M." and "Gritsenko, A. A.": initials of each given name, hyphenated names kept hyphenated.</summary>
    private static string Short(CitationName name)
    {
        if (name.Given.Length == 0)
        {
            return name.Family;
        }

        var initials = name.Given.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(given => string.Join("-", given.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => $"{part[0]}.")));
        return $"{name.Family}, {string.Join(' ', initials)}";
    }
}
