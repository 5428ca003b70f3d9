using System.Text.Json;
using Catalog.Browser.Tests.Infrastructure;
using Catalog.Components;

namespace Catalog.Browser.Tests;

/// <summary>Every seed's BibTeX read by Better BibTeX's parser and its CSL-JSON rendered by citeproc-js, as Zotero would.</summary>
[Collection(Consumers.Name)]
public sealed class CitationConsumerTests(ConsumerServer catalog)
{
    [CitationToolFact]
    public async Task Every_seeds_BibTeX_parses_without_errors_into_its_record()
    {
        using var client = catalog.CreateClient();
        var files = new List<string>();
        var records = new List<JsonElement>();
        foreach (var id in ConsumerServer.SeedIds)
        {
            files.Add(await client.GetStringAsync(new Uri(CatalogUrls.PaperBibTex(id), UriKind.Relative)));
            records.Add(JsonDocument.Parse(await client.GetStringAsync(new Uri(CatalogUrls.PaperCslJson(id), UriKind.Relative))).RootElement[0]);
        }

        using var parsed = await CitationTools.ParseBibTexAsync(string.Join('\n', files));

        Assert.Empty(parsed.RootElement.GetProperty("errors").EnumerateArray());
        var entries = parsed.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(ConsumerServer.SeedIds.Count, entries.Count);
        foreach (var (entry, record) in entries.Zip(records))
        {
            var fields = entry.GetProperty("fields");
            Assert.Equal(record.GetProperty("id").GetString(), entry.GetProperty("key").GetString());
            // The parser turns the TeX back into Unicode and drops the case-protecting braces: what is left is the title as read.
            Assert.Equal(record.GetProperty("title").GetString(), fields.GetProperty("title").GetString());
            Assert.Equal(
                record.GetProperty("author").EnumerateArray().Select(a => $"{a.GetProperty("family").GetString()}, {a.GetProperty("given").GetString()}"),
                fields.GetProperty("author").EnumerateArray().Select(ParsedName));
            Assert.Equal(record.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                fields.GetProperty("year").GetString());
        }
    }

    /// <summary>"de Rijke, Maarten" from the parser's parts: it keeps the particle apart, as BibTeX's "von" part.</summary>
    private static string ParsedName(JsonElement name)
    {
        var family = name.GetProperty("lastName").GetString();
        var prefix = name.TryGetProperty("prefix", out var p) ? $"{p.GetString()} " : "";
        return $"{prefix}{family}, {name.GetProperty("firstName").GetString()}";
    }

    [CitationToolFact]
    public async Task The_whole_catalogs_export_parses_as_one_file_with_unique_keys()
    {
        using var client = catalog.CreateClient();
        var bib = await client.GetStringAsync(new Uri(CatalogUrls.SearchBibTex(new()), UriKind.Relative));

        using var parsed = await CitationTools.ParseBibTexAsync(bib);

        Assert.Empty(parsed.RootElement.GetProperty("errors").EnumerateArray());
        var keys = parsed.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("key").GetString()).ToList();
        Assert.Equal(ConsumerServer.SeedIds.Count, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [CitationToolFact]
    public async Task Every_seeds_CSL_JSON_renders_with_citeproc_as_a_reference_with_its_title()
    {
        using var client = catalog.CreateClient();
        var items = new List<JsonElement>();
        foreach (var id in ConsumerServer.SeedIds)
        {
            items.Add(JsonDocument.Parse(await client.GetStringAsync(new Uri(CatalogUrls.PaperCslJson(id), UriKind.Relative))).RootElement[0]);
        }

        using var rendered = await CitationTools.RenderCslAsync(JsonSerializer.Serialize(items));

        Assert.Empty(rendered.RootElement.GetProperty("errors").EnumerateArray());
        var references = rendered.RootElement.GetProperty("bibliography").EnumerateArray().Select(r => r.GetString() ?? "").ToList();
        Assert.Equal(items.Count, references.Count);
        foreach (var item in items)
        {
            var family = item.GetProperty("author")[0].GetProperty("family").GetString()!;
            var year = item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32();
            Assert.Contains(references, r => r.StartsWith(family, StringComparison.Ordinal) && r.Contains($"({year}", StringComparison.Ordinal));
        }
    }
}
