using System.Globalization;
using System.Text;
using System.Text.Json;
using Catalog.Components.Citations;

namespace Catalog.Web.Endpoints;

/// <summary>A citation file format: its media type, its file extension and how a list of entries is streamed.</summary>
public sealed class CitationFile
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Entries with a blank line between them.</summary>
    public static readonly CitationFile BibTex = new("application/x-bibtex", ".bib",
        (body, citations, aborted) => WriteTextAsync(body, citations, BibTexWriter.Write, "\n", aborted));

    public static readonly CitationFile Ris = new("application/x-research-info-systems", ".ris",
        (body, citations, aborted) => WriteTextAsync(body, citations, RisWriter.Write, "", aborted));

    /// <summary>One JSON array of items, the form citeproc-js, Zotero and Pandoc read.</summary>
    public static readonly CitationFile CslJson = new("application/vnd.citationstyles.csl+json", ".csl.json", WriteCslJsonAsync);

    /// <summary>How many entries are written before they are sent on: enough to fill a few network packets.</summary>
    private const int EntriesBetweenFlushes = 16;

    private readonly Func<Stream, IEnumerable<Citation>, CancellationToken, Task> _write;

    private CitationFile(string mediaType, string extension, Func<Stream, IEnumerable<Citation>, CancellationToken, Task> write)
    {
        MediaType = mediaType;
        Extension = extension;
        _write = write;
    }

    public string MediaType { get; }

    public string Extension { get; }

    public string ContentType => $"{MediaType}; charset=utf-8";

    /// <summary>Streams the entries as they are read, so a long export keeps neither the papers nor the text in memory.
    /// The response body belongs to the pipeline (the output cache keeps what passes through it, and is emptied if the
    /// body is disposed), so it is written and flushed, never closed. A client that goes away stops the export with an
    /// exception, so no cache ever stores a short answer as a whole one.</summary>
    public Task WriteAsync(HttpResponse response, string fileName, IEnumerable<Citation> citations)
    {
        response.ContentType = ContentType;
        response.Headers.ContentDisposition = $"inline; filename=\"{fileName}{Extension}\"";
        return _write(response.Body, citations, response.HttpContext.RequestAborted);
    }

    private static async Task WriteTextAsync(Stream body, IEnumerable<Citation> citations, Action<TextWriter, Citation> writeEntry,
        string separator, CancellationToken aborted)
    {
        await using var writer = new StreamWriter(body, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
        using var entry = new StringWriter(CultureInfo.InvariantCulture);
        var written = 0;
        foreach (var citation in citations)
        {
            aborted.ThrowIfCancellationRequested();
            if (written > 0)
            {
                entry.Write(separator);
            }

            writeEntry(entry, citation);
            if (++written % EntriesBetweenFlushes == 0)
            {
                await SendAsync(writer, entry, aborted);
            }
        }

        await SendAsync(writer, entry, aborted);
    }

    private static async Task SendAsync(StreamWriter writer, StringWriter entries, CancellationToken aborted)
    {
        await writer.WriteAsync(entries.GetStringBuilder(), aborted);
        entries.GetStringBuilder().Clear();
        await writer.FlushAsync(aborted);
    }

    private static async Task WriteCslJsonAsync(Stream body, IEnumerable<Citation> citations, CancellationToken aborted)
    {
        // Utf8JsonWriter never closes the stream it writes to.
        await using var json = new Utf8JsonWriter(body, CslJsonWriter.Options);
        json.WriteStartArray();
        var written = 0;
        foreach (var citation in citations)
        {
            aborted.ThrowIfCancellationRequested();
            CslJsonWriter.WriteItem(json, citation);
            if (++written % EntriesBetweenFlushes == 0)
            {
                await json.FlushAsync(aborted);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(aborted);
    }
}
