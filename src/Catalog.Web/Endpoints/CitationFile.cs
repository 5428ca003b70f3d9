using System.Text;
using Catalog.Components.Citations;

namespace Catalog.Web.Endpoints;

/// <summary>A citation file format: its media type, file extension and how one entry is written.</summary>
public sealed record CitationFile(string MediaType, string Extension, Action<TextWriter, Citation> WriteEntry)
{
    public static readonly CitationFile BibTex = new("application/x-bibtex", ".bib", BibTexWriter.Write);

    public static readonly CitationFile Ris = new("application/x-research-info-systems", ".ris", RisWriter.Write);

    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string ContentType => $"{MediaType}; charset=utf-8";

    /// <summary>Entries one after another (BibTeX: a blank line between them), flushed to the response as they are written,
    /// so a long export keeps neither the papers nor the text in memory.</summary>
    public async Task WriteAsync(HttpResponse response, string fileName, IEnumerable<Citation> citations)
    {
        response.ContentType = ContentType;
        response.Headers.ContentDisposition = $"inline; filename=\"{fileName}{Extension}\"";
        await using var writer = new StreamWriter(response.Body, Utf8, bufferSize: 16 * 1024);
        var first = true;
        foreach (var citation in citations)
        {
            if (!first && this == BibTex)
            {
                await writer.WriteAsync('\n');
            }

            first = false;
            using var entry = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            WriteEntry(entry, citation);
            await writer.WriteAsync(entry.ToString());
        }

        await writer.FlushAsync();
    }
}
