using System.Globalization;
using System.Text.Json;
using Catalog.Data.Seeds;

namespace Catalog.Data.Records;

/// <summary>Turns one JSON line, <c>{id, title, authors[], abstract, year, venue, url, date, arxiv_id, categories[], doi, source, ...}</c>,
/// into a <see cref="PaperRecord"/>, checking every value the way the importer will. Other keys are ignored.</summary>
internal static class PaperRecordParser
{
    private static readonly JsonDocumentOptions s_options = new() { MaxDepth = 16 };

    public static RecordLine Parse(ReadOnlyMemory<byte> json, string displayPath, int line)
    {
        var problems = new List<SeedProblem>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, s_options);
        }
        catch (JsonException ex)
        {
            problems.Add(new(displayPath, line, $"not valid JSON at byte {ex.BytePositionInLine + 1}: {FirstSentence(ex.Message)}"));
            return new(displayPath, line, null, problems);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new(displayPath, line, "expected a JSON object, {\"title\": ..., \"authors\": [...], ...}, on each line"));
                return new(displayPath, line, null, problems);
            }

            var record = Read(new RecordFields(document.RootElement, displayPath, line, problems), line);
            return new(displayPath, line, record, problems);
        }
    }

    private static PaperRecord? Read(RecordFields fields, int line)
    {
        var title = fields.OneLine("title", required: true);
        var authors = fields.Authors();
        var abstractText = fields.Block("abstract");
        var arxiv = fields.OneLine("arxiv_id");
        var givenId = fields.OneLine("id");
        var url = Url(fields);
        var date = Date(fields);
        var venue = fields.OneLine("venue");
        var source = fields.OneLine("source");
        var doi = fields.OneLine("doi");
        if (doi is not null && !Doi.IsValid(doi))
        {
            fields.Warning($"doi '{doi}' is not a DOI (10.<registrant>/<suffix>); left out");
            doi = null;
        }

        var subjects = fields.Strings("categories");
        if (fields.HasErrors || title is null || authors is null)
        {
            return null;
        }

        var (id, changedFrom) = RecordId.Choose(arxiv, givenId, title, line);
        if (changedFrom is not null)
        {
            fields.Warning($"id '{changedFrom}' cannot be a URL (only letters, digits, '.', '_' and '-'); the paper's id is '{id}'");
        }
        else if (arxiv is null && givenId is null)
        {
            fields.Warning($"no id or arxiv_id; the paper's id is '{id}', made from its title");
        }

        return new PaperRecord(id, title, authors, date, venue, source, url, arxiv, abstractText, line) { Doi = doi, Subjects = subjects };
    }

    /// <summary>The importer takes only absolute http and https addresses.</summary>
    private static string? Url(RecordFields fields)
    {
        var text = fields.OneLine("url");
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return text;
        }

        fields.Warning($"url '{text}' is not an absolute http or https address; left out");
        return null;
    }

    /// <summary>The record's date when it agrees with its year, else the year (with the month when given). An arXiv
    /// listing date can be years after the paper's own year; the year is the paper's.</summary>
    private static PaperDate? Date(RecordFields fields)
    {
        var year = fields.Number("year");
        if (year is not (null or (>= 1000 and <= 9999)))
        {
            fields.Warning(FormattableString.Invariant($"year {year} is not a four-digit year; left out"));
            year = null;
        }

        var text = fields.OneLine("date");
        if (text is not null)
        {
            if (PaperDate.TryParse(text, out var date))
            {
                if (year is null || date.Year == year)
                {
                    return date;
                }
            }
            else
            {
                fields.Warning($"date '{text}' is not YYYY-MM-DD, YYYY-MM or YYYY; {(year is null ? "left out" : "using the year")}");
            }
        }

        return year is { } y ? new PaperDate(y, Month(fields), null) : null;
    }

    /// <summary>A month as a number from 1 to 12 or as an English month name, full or short.</summary>
    private static int? Month(RecordFields fields)
    {
        if (fields.Raw("month") is not { } raw)
        {
            return null;
        }

        var text = raw.ValueKind == JsonValueKind.Number ? raw.GetRawText() : fields.OneLine("month");
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 12)
        {
            return number;
        }

        var names = DateTimeFormatInfo.InvariantInfo;
        for (var m = 1; m <= 12; m++)
        {
            if (text.Equals(names.GetMonthName(m), StringComparison.OrdinalIgnoreCase)
                || text.Equals(names.GetAbbreviatedMonthName(m), StringComparison.OrdinalIgnoreCase))
            {
                return m;
            }
        }

        fields.Warning($"month {raw.GetRawText()} is not a month; left out");
        return null;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
