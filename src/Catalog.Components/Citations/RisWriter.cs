using System.Globalization;
using System.Text.RegularExpressions;
using Catalog.Components.Text;

namespace Catalog.Components.Citations;

/// <summary>Writes RIS records as the RIS specification lays them out: one "TG  - value" line per field, CR LF line ends,
/// each record opened by TY and closed by ER. RIS readers do not read TeX, so titles are written as plain Unicode.</summary>
public static partial class RisWriter
{
    public static string Write(Citation citation)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, citation);
        return writer.ToString();
    }

    public static void Write(TextWriter writer, Citation citation)
    {
        Tag(writer, "TY", citation.Kind switch
        {
            CitationKind.Conference => "CPAPER",
            CitationKind.Journal => "JOUR",
            CitationKind.Preprint => "UNPB",
            _ => "GEN",
        });
        Tag(writer, "ID", citation.Key);
        Tag(writer, "TI", TexText.ToPlain(citation.Title));
        foreach (var author in citation.Authors)
        {
            Tag(writer, "AU", author.FamilyFirst);
        }

        Tag(writer, "PY", citation.Year?.ToString(CultureInfo.InvariantCulture));
        if (citation.Year is { } year)
        {
            // DA is YYYY/MM/DD/other, with the parts that are not known left empty.
            Tag(writer, "DA", string.Create(CultureInfo.InvariantCulture, $"{year:D4}/{Part(citation.Month)}/{Part(citation.Day)}/"));
        }

        if (citation.Venue is { } venue && citation.Kind is CitationKind.Conference or CitationKind.Journal)
        {
            // T2 is a conference's name or a journal's title; C3 a conference's proceedings, as Zotero reads them.
            Tag(writer, "T2", venue);
            Tag(writer, "C3", citation.Kind == CitationKind.Conference ? venue : null);
        }

        if (citation.Kind == CitationKind.Preprint)
        {
            // The repository that holds a preprint; on a paper of a venue, PB would name arXiv as its publisher.
            Tag(writer, "PB", "arXiv");
        }

        Tag(writer, "DO", citation.Doi);
        Tag(writer, "UR", citation.Url ?? citation.PageUrl);
        Tag(writer, "L1", citation.Pdf);
        foreach (var subject in citation.Subjects)
        {
            Tag(writer, "KW", subject);
        }

        Tag(writer, "AB", citation.Abstract);
        writer.Write("ER  - \r\n");
    }

    private static string Part(int? value) => value?.ToString("D2", CultureInfo.InvariantCulture) ?? "";

    private static void Tag(TextWriter writer, string tag, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            // A value is one line: a line break inside it would start what a reader takes for a new tag.
            writer.Write($"{tag}  - {LineBreaks().Replace(value.Trim(), " ")}\r\n");
        }
    }

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex LineBreaks();
}
