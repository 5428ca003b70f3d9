using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>Reads CSL-JSON, as Zotero, Better BibTeX, citation-js and Pandoc write it (an array of items, or one item),
/// and Crossref's answer for one work (<c>{"message-type": "work", "message": {...}}</c>, the same variables with titles
/// as lists and the abstract in JATS). Names are family and given (with particles and suffix) or a literal; the date is
/// issued's date-parts; the venue container-title; the arXiv id the number "arXiv:…", an arXiv DOI or address.</summary>
public static partial class CslJsonReader
{
    private static readonly JsonReaderOptions s_options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 32 };

    public static BibliographyRead Read(string text, string path, BibliographyOptions options)
    {
        var problems = new List<SeedProblem>();
        var papers = new List<ImportedPaper>();
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, s_options);
        try
        {
            if (!reader.Read())
            {
                problems.Add(new(path, 1, "is empty; expected a CSL-JSON array of items"));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var line = LineAt(bytes, (int)reader.TokenStartIndex);
                    using var item = JsonDocument.ParseValue(ref reader);
                    Item(item.RootElement, path, line, problems, options, papers);
                }
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                using var item = JsonDocument.ParseValue(ref reader);
                var root = item.RootElement;
                var work = root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object ? message : root;
                Item(work, path, 1, problems, options, papers);
            }
            else
            {
                problems.Add(new(path, 1, "expected a CSL-JSON array of items, [{\"title\": ..., \"author\": [...]}, ...]"));
            }
        }
        catch (JsonException ex)
        {
            problems.Add(new(path, (int)(ex.LineNumber ?? 0) + 1, $"not valid JSON: {FirstSentence(ex.Message)}"));
        }

        return new BibliographyRead(papers, problems);
    }

    private static void Item(JsonElement item, string path, int line, List<SeedProblem> problems, BibliographyOptions options, List<ImportedPaper> papers)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(path, line, "expected an item, {\"title\": ..., \"author\": [...]}"));
            return;
        }

        var fields = new ImportedFields(path, line, problems)
        {
            Key = Text(item, "citation-key") ?? Text(item, "id"),
            Title = Text(item, "title"),
            Venue = Text(item, "container-title") ?? Text(item, "event-title"),
            Doi = Text(item, "DOI"),
            Url = Text(item, "URL"),
        };
        if (item.TryGetProperty("author", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var author in authors.EnumerateArray())
            {
                if (Name(author) is { } name)
                {
                    fields.Authors.Add(name);
                }
            }
        }

        fields.Date = Date(item, fields, line);
        fields.Arxiv = ArxivIds.FromEprint(Text(item, "number")) ?? ArxivIds.InText(Text(item, "number"))
            ?? ArxivIds.FromDoi(fields.Doi) ?? ArxivIds.FromUrl(fields.Url) ?? ArxivIds.InText(Text(item, "note"));
        if (options.Keywords)
        {
            var keywords = item.TryGetProperty("subject", out var subject) && subject.ValueKind == JsonValueKind.Array
                ? subject.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!)
                : (Text(item, "keyword") ?? "").Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            fields.Subjects.AddRange(keywords);
        }

        if (Text(item, "abstract") is { } abstractText)
        {
            fields.Abstract = abstractText.Contains("<jats:", StringComparison.Ordinal) ? Jats(abstractText) : abstractText;
        }

        if (fields.ToPaper() is { } paper)
        {
            papers.Add(paper);
        }
    }

    private static ImportedName? Name(JsonElement author)
    {
        if (author.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if ((Text(author, "literal") ?? Text(author, "name")) is { } literal)
        {
            return new ImportedName(literal, null);
        }

        var family = string.Join(' ', new[] { Text(author, "non-dropping-particle"), Text(author, "family") }.Where(p => p is not null));
        var given = string.Join(' ', new[] { Text(author, "given"), Text(author, "dropping-particle") }.Where(p => p is not null));
        var name = string.Join(' ', new[] { given, family, Text(author, "suffix") ?? "" }.Where(p => p.Length > 0));
        return name.Length == 0 ? null : new ImportedName(name, family.Length > 0 ? family : null);
    }

    private static PaperDate? Date(JsonElement item, ImportedFields fields, int line)
    {
        if (!item.TryGetProperty("issued", out var issued) || issued.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (issued.ValueKind == JsonValueKind.String)
        {
            return Parsed(issued.GetString()!, fields, line);
        }

        if (issued.ValueKind == JsonValueKind.Object && issued.TryGetProperty("date-parts", out var parts)
            && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0 && parts[0].ValueKind == JsonValueKind.Array)
        {
            var numbers = new List<int>();
            foreach (var part in parts[0].EnumerateArray())
            {
                var text = part.ValueKind == JsonValueKind.Number ? part.GetRawText() : part.ValueKind == JsonValueKind.String ? part.GetString()! : "";
                if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
                {
                    fields.Warning(line, $"issued date-parts {parts.GetRawText()} cannot be read; left out");
                    return null;
                }

                numbers.Add(n);
            }

            return Parsed(string.Join('-', numbers.Select((n, i) => n.ToString(i == 0 ? "D4" : "D2", System.Globalization.CultureInfo.InvariantCulture))), fields, line);
        }

        if (issued.ValueKind == JsonValueKind.Object && (Text(issued, "raw") ?? Text(issued, "literal")) is { } raw)
        {
            return Parsed(raw, fields, line);
        }

        fields.Warning(line, $"issued {issued.GetRawText()} cannot be read; left out");
        return null;
    }

    private static PaperDate? Parsed(string text, ImportedFields fields, int line)
    {
        if (BibliographyDates.TryParse(text, out var date))
        {
            return date;
        }

        fields.Warning(line, $"the date '{text}' cannot be read (YYYY-MM-DD, YYYY-MM or YYYY); left out");
        return null;
    }

    /// <summary>A string, or the first of a list of strings (Crossref's titles); null when absent or empty.</summary>
    private static string? Text(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => value[0].GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>Crossref's JATS abstract as plain paragraphs: each jats:p a paragraph, the "Abstract" heading dropped.</summary>
    private static string Jats(string xml)
    {
        var withoutTitle = JatsTitle().Replace(xml, "");
        var paragraphs = JatsParagraph().Matches(withoutTitle).Select(m => m.Groups[1].Value).DefaultIfEmpty(withoutTitle);
        return string.Join("\n\n", paragraphs.Select(p => WebUtility.HtmlDecode(Tag().Replace(p, "")).Trim()).Where(p => p.Length > 0));
    }

    private static int LineAt(byte[] bytes, int offset) => bytes.AsSpan(0, offset).Count((byte)'\n') + 1;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    [GeneratedRegex(@"<jats:title>.*?</jats:title>", RegexOptions.Singleline)]
    private static partial Regex JatsTitle();

    [GeneratedRegex(@"<jats:p[^>]*>(.*?)</jats:p>", RegexOptions.Singleline)]
    private static partial Regex JatsParagraph();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
