using System.Text;
using System.Text.Json;
using Catalog.Components.Text;

namespace Catalog.Components.Citations;

/// <summary>Writes CSL-JSON, the input of citeproc-js (Zotero's and Mendeley's citation engine): an array of items with
/// CSL 1.0.2 variable names. Titles are plain Unicode, since CSL processors do not read TeX.</summary>
public static class CslJsonWriter
{
    public static string Write(IEnumerable<Citation> citations)
    {
        using var stream = new MemoryStream();
        Write(stream, citations);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Indented, as the other citation files are, to be read by a person too.</summary>
    public static readonly JsonWriterOptions Options = new() { Indented = true };

    public static void Write(Stream stream, IEnumerable<Citation> citations)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartArray();
        foreach (var citation in citations)
        {
            WriteItem(json, citation);
        }

        json.WriteEndArray();
    }

    /// <summary>One item of a CSL-JSON array.</summary>
    public static void WriteItem(Utf8JsonWriter json, Citation citation)
    {
        json.WriteStartObject();
        json.WriteString("id", citation.Key);
        json.WriteString("citation-key", citation.Key);
        json.WriteString("type", citation.Kind switch
        {
            CitationKind.Conference => "paper-conference",
            CitationKind.Journal => "article-journal",
            CitationKind.Preprint => "article",  // CSL 1.0.2's type for a preprint, Zotero's "preprint"
            _ => "document",
        });
        json.WriteString("title", TexText.ToPlain(citation.Title));
        json.WriteStartArray("author");
        foreach (var author in citation.Authors)
        {
            json.WriteStartObject();
            if (author.Given.Length == 0)
            {
                json.WriteString("literal", author.Family);
            }
            else
            {
                json.WriteString("family", author.Family);
                json.WriteString("given", author.Given);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (citation.Year is { } year)
        {
            json.WriteStartObject("issued");
            json.WriteStartArray("date-parts");
            json.WriteStartArray();
            json.WriteNumberValue(year);
            if (citation.Month is { } month)
            {
                json.WriteNumberValue(month);
                if (citation.Day is { } day)
                {
                    json.WriteNumberValue(day);
                }
            }

            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (citation.Venue is { } venue && citation.Kind is CitationKind.Conference or CitationKind.Journal)
        {
            json.WriteString("container-title", venue);
            if (citation.Kind == CitationKind.Conference)
            {
                json.WriteString("event-title", venue);
            }
        }

        if (citation is { Kind: CitationKind.Preprint, Arxiv: { } arxiv })
        {
            // A preprint's repository and its number there (Zotero's "Repository" and "Archive ID").
            json.WriteString("publisher", "arXiv");
            json.WriteString("number", $"arXiv:{arxiv}");
        }

        Optional(json, "DOI", citation.Doi);
        json.WriteString("URL", citation.Url ?? citation.PageUrl);
        Optional(json, "abstract", citation.Abstract);
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }
}
