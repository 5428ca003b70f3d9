using System.Globalization;
using System.Text;
using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>Reads the papers of a BibTeX or biblatex file: <see cref="BibTexParser"/> gives the entries, this class their
/// fields. Venue is booktitle, journal or journaltitle; the date is biblatex's date, else year, month and day; the arXiv
/// id comes from eprint with archivePrefix or eprinttype arXiv, an arXiv DOI or address, or a journal such as Google
/// Scholar's "arXiv preprint arXiv:2302.05442"; keywords become subjects only when asked.</summary>
public static class BibTexReader
{
    public static BibliographyRead Read(string text, string path, BibliographyOptions options)
    {
        var problems = new List<SeedProblem>();
        var papers = new List<ImportedPaper>();
        foreach (var entry in BibTexParser.Parse(text, path, problems))
        {
            var fields = new ImportedFields(path, entry.Line, problems) { Key = entry.Key };
            Fill(fields, entry, options);
            if (fields.ToPaper() is { } paper)
            {
                papers.Add(paper);
            }
        }

        // The parser reports syntax as it reads and the fields afterwards; a person reads them in line order.
        return new BibliographyRead(papers, [.. problems.OrderBy(p => p.Line)]);
    }

    private static void Fill(ImportedFields fields, BibTexEntry entry, BibliographyOptions options)
    {
        fields.Title = Text(entry["title"]);
        if (entry["author"] is { } authors)
        {
            fields.Authors.AddRange(BibTexNames.Read(authors, out var others));
            if (others)
            {
                fields.Warning(entry.LineOf("author"), $"entry '{entry.Key}' ends its authors with 'and others'; only the {fields.Authors.Count} names given are kept");
            }
        }

        fields.Date = Date(fields, entry);
        fields.Venue = Text(entry["booktitle"] ?? entry["journal"] ?? entry["journaltitle"]);
        fields.Doi = Verbatim(entry["doi"]);
        fields.Url = Verbatim(entry["url"]);
        fields.Pdf = Verbatim(entry["pdf"]);
        var prefix = Verbatim(entry["archiveprefix"] ?? entry["eprinttype"]);
        var eprint = Verbatim(entry["eprint"]);
        fields.Arxiv = (prefix is null || prefix.Equals("arxiv", StringComparison.OrdinalIgnoreCase) ? ArxivIds.FromEprint(eprint) : null)
            ?? ArxivIds.FromEprint(Verbatim(entry["arxivid"] ?? entry["arxiv"]))
            ?? ArxivIds.FromDoi(fields.Doi) ?? ArxivIds.FromUrl(fields.Url)
            ?? ArxivIds.InText(entry["journal"]) ?? ArxivIds.InText(entry["note"]);
        if (fields.Pdf is null && fields.Url is { } url && url.Contains("arxiv.org/pdf/", StringComparison.OrdinalIgnoreCase))
        {
            fields.Pdf = url;
        }

        if (fields.Arxiv is not null && Verbatim(entry["primaryclass"]) is { Length: > 0 } primary)
        {
            fields.Subjects.Add(primary);
        }

        if (options.Keywords && Text(entry["keywords"]) is { } keywords)
        {
            fields.Subjects.AddRange(keywords.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        fields.Abstract = Paragraphs(entry["abstract"]);
    }

    private static PaperDate? Date(ImportedFields fields, BibTexEntry entry)
    {
        if (Verbatim(entry["date"]) is { } text)
        {
            // A biblatex range, "2023-02-10/2023-02-12", is dated by its start.
            var start = text.Split('/')[0];
            if (BibliographyDates.TryParse(start, out var date))
            {
                return date;
            }

            fields.Warning(entry.LineOf("date"), $"entry '{entry.Key}': date '{text}' cannot be read (YYYY-MM-DD, YYYY-MM or YYYY); {(entry["year"] is null ? "left out" : "using the year")}");
        }

        if (Text(entry["year"]) is not { } yearText)
        {
            return null;
        }

        if (!BibliographyDates.TryYear(yearText, out var year))
        {
            fields.Warning(entry.LineOf("year"), $"entry '{entry.Key}': year '{yearText}' cannot be read as a four-digit year; the paper has no date");
            return null;
        }

        int? month = null, day = null;
        if (Text(entry["month"]) is { } monthText)
        {
            if (BibliographyDates.TryMonth(monthText, out var m))
            {
                month = m;
            }
            else
            {
                fields.Warning(entry.LineOf("month"), $"entry '{entry.Key}': month '{monthText}' cannot be read; only the year is kept");
            }
        }

        if (month is { } known && Text(entry["day"]) is { } dayText)
        {
            if (int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d >= 1 && d <= DateTime.DaysInMonth(year, known))
            {
                day = d;
            }
            else
            {
                fields.Warning(entry.LineOf("day"), $"entry '{entry.Key}': day '{dayText}' cannot be read; only the year and month are kept");
            }
        }

        return new PaperDate(year, month, day);
    }

    private static string? Text(string? tex) => tex is null ? null : TexToUnicode.Convert(tex).Trim();

    /// <summary>An abstract: paragraphs (blank lines) kept, the lines inside each joined.</summary>
    private static string? Paragraphs(string? tex)
    {
        if (tex is null)
        {
            return null;
        }

        var text = TexToUnicode.Convert(tex).Replace("\r\n", "\n", StringComparison.Ordinal);
        var paragraphs = text.Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => string.Join(' ', p.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)));
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>A value that is not prose (a DOI, an address, an eprint): braces dropped and escaped specials unescaped,
    /// nothing else read as TeX, so "~" and "--" in an address stay as they are.</summary>
    public static string? Verbatim(string? tex)
    {
        if (tex is null)
        {
            return null;
        }

        var builder = new StringBuilder(tex.Length);
        for (var i = 0; i < tex.Length; i++)
        {
            var c = tex[i];
            if (c == '\\' && i + 1 < tex.Length && tex[i + 1] is '_' or '%' or '&' or '#' or '$' or '~' or '{' or '}')
            {
                builder.Append(tex[++i]);
            }
            else if (c is not ('{' or '}'))
            {
                builder.Append(c);
            }
        }

        var text = builder.ToString().Trim();
        return text.Length == 0 ? null : text;
    }
}
