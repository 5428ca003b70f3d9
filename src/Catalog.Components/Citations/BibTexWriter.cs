using System.Globalization;

namespace Catalog.Components.Citations;

/// <summary>Writes BibTeX entries: @inproceedings with booktitle for a conference, @article with journal for a journal,
/// @misc with eprint, archivePrefix and primaryClass for an arXiv preprint, as arXiv's own export writes it. UTF-8 text
/// with the titles' TeX as written, the abstract as plain text that LaTeX and Zotero both read back as it is (README.md,
/// "Exports", says why).</summary>
public static class BibTexWriter
{
    private static readonly string[] s_months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static string Write(Citation citation)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, citation);
        return writer.ToString();
    }

    public static void Write(TextWriter writer, Citation citation)
    {
        var type = citation.Kind switch
        {
            CitationKind.Conference => "inproceedings",
            CitationKind.Journal => "article",
            _ => "misc",
        };
        writer.Write($"@{type}{{{citation.Key},\n");
        Field(writer, "title", TexProtection.Title(citation.Title));
        Field(writer, "author", string.Join(" and ", citation.Authors.Select(Name)));
        if (citation.Venue is { } venue && citation.Kind is CitationKind.Conference or CitationKind.Journal)
        {
            Field(writer, citation.Kind == CitationKind.Conference ? "booktitle" : "journal", TexProtection.Text(venue));
            if (citation.Kind == CitationKind.Conference)
            {
                // biblatex's name for the conference itself; Zotero reads it as the conference's name, as it does the page's.
                Field(writer, "eventtitle", TexProtection.Text(venue));
            }
        }

        Field(writer, "year", citation.Year?.ToString(CultureInfo.InvariantCulture));
        if (citation.Month is { } month and >= 1 and <= 12)
        {
            // The month macros (jan, feb, …) are what every style knows how to print or abbreviate.
            writer.Write($"  month = {s_months[month - 1]},\n");
        }

        // biblatex's date keeps the day, which year and month cannot; BibTeX ignores the field.
        Field(writer, "date", citation.DateText('-'));

        Field(writer, "doi", citation.Doi);
        Field(writer, "url", citation.Url ?? citation.PageUrl);
        if (citation.Arxiv is { } arxiv)
        {
            Field(writer, "eprint", arxiv);
            Field(writer, "archivePrefix", "arXiv");
            Field(writer, "primaryClass", citation.PrimaryClass);
        }

        Field(writer, "abstract", citation.Abstract is { } text ? TexProtection.Literal(text) : null);
        writer.Write("}\n");
    }

    /// <summary>"Family, Given"; a name without a given name (often an organisation) is braced whole, so that BibTeX takes
    /// none of its words for a first name or its "and" for a separator.</summary>
    private static string Name(CitationName name)
    {
        var family = TexProtection.Text(name.Family);
        return name.Given.Length == 0 ? $"{{{family}}}"
            : family.Contains(' ', StringComparison.Ordinal) && !name.Family.Split(' ')[0].All(char.IsLower) ? $"{{{family}}}, {TexProtection.Text(name.Given)}"
            : $"{family}, {TexProtection.Text(name.Given)}";
    }

    private static void Field(TextWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.Write($"  {name} = {{{value}}},\n");
        }
    }
}
