using System.Globalization;
using System.Text.RegularExpressions;
using Catalog.Components.Text;
using Catalog.Data.Model;

namespace Catalog.Components.Citations;

/// <summary>Turns a paper of the catalog into a <see cref="Citation"/>: names split into family and given (the family name
/// the store keeps for each spelling), the date into its parts, the venue into an entry kind, the first subject as the
/// arXiv primary class.</summary>
public static partial class CitationBuilder
{
    /// <param name="paper">The paper; its abstract is carried as <see cref="PlainAbstract"/>.</param>
    /// <param name="key">Its citekey, from <see cref="CiteKeys"/>.</param>
    /// <param name="site">The catalog's address, for the absolute link to the paper's page.</param>
    public static Citation From(PaperDetail paper, string key, Uri site)
    {
        var (year, month, day) = DateParts(paper.Date);
        return new Citation(
            key,
            paper.Id,
            paper.Title,
            [.. paper.Authors.Select(a => PersonNames.Split(a.Name, a.Family))],
            year,
            month,
            day,
            paper.Venue,
            VenueKinds.Of(paper.Venue, paper.Arxiv),
            paper.Arxiv,
            paper.Subjects.Count > 0 ? paper.Subjects[0] : null,
            paper.Doi,
            paper.Url,
            paper.Pdf,
            new Uri(site, CatalogUrls.Paper(paper.Id)).AbsoluteUri,
            PlainAbstract(paper.AbstractMarkdown))
        {
            Subjects = paper.Subjects,
        };
    }

    /// <summary>The abstract as every format carries it: its TeX read as Unicode (as titles are for RIS and CSL), on one line,
    /// so Zotero takes the same text from the page, BibTeX, RIS and CSL-JSON. Null when there is none.</summary>
    public static string? PlainAbstract(string markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : Whitespace().Replace(TexText.ToPlain(markdown), " ").Trim();

    /// <summary>"2023-02-02", "2023-02" or "2023" as numbers; whatever does not parse is left unknown.</summary>
    public static (int? Year, int? Month, int? Day) DateParts(string? date)
    {
        var parts = (date ?? "").Split('-');
        return (Number(parts, 0), Number(parts, 1), Number(parts, 2));
    }

    private static int? Number(string[] parts, int index) =>
        index < parts.Length && int.TryParse(parts[index], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
