using System.Text.Json.Nodes;
using Catalog.Components.Citations;
using Catalog.Components.Text;
using Catalog.Data.Bibliography;
using Catalog.Data.Seeds;
using Catalog.Web.Commands;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Bibliography;

/// <summary>The round trip: every paper of a catalog, exported by the app as BibTeX, RIS and CSL-JSON and read back by
/// add into an empty seeds folder, is the same paper, every field the format carries equal to the original. What each
/// format keeps, by design: BibTeX keeps TeX (read back as Unicode, math kept; in names too), RIS and CSL-JSON carry plain Unicode
/// titles (TexText.ToPlain); a venue is written only for a conference or journal paper (a preprint's "venue" is
/// arXiv); every format carries the date to the day, the DOI, the abstract as the plain text every export carries
/// (CitationBuilder.PlainAbstract), and the authors in order.</summary>
public sealed class ExportRoundTripTests(RoundTripSeeds seeds) : IClassFixture<RoundTripSeeds>
{
    public static TheoryData<string> Formats => [".bib", ".ris", ".csl.json"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task The_ten_seeds_come_back_from_their_exports(string extension) =>
        await RoundTripAsync(seeds.Ten, extension, expectedPapers: 10);

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Real_records_with_TeX_accents_repeated_names_and_long_author_lists_come_back_from_their_exports(string extension) =>
        await RoundTripAsync(seeds.Samples, extension, expectedPapers: 279);

    private async Task RoundTripAsync(CatalogFactory catalog, string extension, int expectedPapers)
    {
        var originals = Papers(catalog.Seeds);
        Assert.Equal(expectedPapers, originals.Count);
        using var client = catalog.CreateClient();
        var exports = new List<string>();
        foreach (var paper in originals)
        {
            exports.Add(await client.GetStringAsync($"/papers/{Uri.EscapeDataString(paper.Id)}{extension}"));
        }

        var folder = seeds.NewFolder();
        var file = Path.Combine(folder, "export" + extension);
        await File.WriteAllTextAsync(file, extension == ".csl.json" ? JoinArrays(exports) : string.Concat(exports));
        var added = Path.Combine(folder, "seeds");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AddCommand.RunAsync(new AddRequest([file], added), output, error, CancellationToken.None);
        Assert.True(code == 0, $"add exited {code}:\n{error}\n{output}");

        var read = Papers(added);
        var differences = new List<string>();
        foreach (var original in originals)
        {
            var match = read.FirstOrDefault(r => SamePaper(original, r));
            if (match is null)
            {
                differences.Add($"{original.Id}: not read back");
                continue;
            }

            Compare(original, match, extension, differences);
        }

        Assert.True(read.Count == originals.Count, $"{read.Count} papers read back of {originals.Count}:\n{output}");
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n{string.Join('\n', differences.Take(40))}");
    }

    private static void Compare(SeedPaper original, SeedPaper read, string extension, List<string> differences)
    {
        void Same(string field, object? expected, object? actual)
        {
            if (!Equals(expected, actual))
            {
                differences.Add($"{original.Id}: {field}: expected «{expected}», read «{actual}»");
            }
        }

        var isBibTex = extension == ".bib";
        Same("title", isBibTex ? TexToUnicode.Convert(original.Title) : TexText.ToPlain(original.Title), read.Title);
        // A name that holds TeX (arXiv's metadata has "Nguy\~ên") is TeX to a BibTeX reader, so BibTeX gives its Unicode.
        var expectedAuthors = original.Authors.Select(a => isBibTex ? TexToUnicode.Convert(a.Name) : a.Name).ToList();
        var readAuthors = read.Authors.Select(a => a.Name).ToList();
        var firstDifferent = Enumerable.Range(0, Math.Max(expectedAuthors.Count, readAuthors.Count))
            .FirstOrDefault(i => i >= expectedAuthors.Count || i >= readAuthors.Count || expectedAuthors[i] != readAuthors[i], -1);
        if (firstDifferent >= 0)
        {
            differences.Add($"{original.Id}: authors: {expectedAuthors.Count} expected, {readAuthors.Count} read; author {firstDifferent + 1}: expected «{expectedAuthors.ElementAtOrDefault(firstDifferent)}», read «{readAuthors.ElementAtOrDefault(firstDifferent)}»");
        }

        Same("date", original.Date, read.Date);
        var kind = VenueKinds.Of(original.Venue, original.Arxiv);
        var venue = kind is CitationKind.Conference or CitationKind.Journal ? original.Venue : null;
        Same("venue", isBibTex && venue is not null ? TexToUnicode.Convert(TexProtection.Text(venue)) : venue, read.Venue);
        Same("doi", original.Doi, read.Doi);
        Same("arxiv", ArxivIds.FromEprint(original.Arxiv) ?? ArxivIds.FromDoi(original.Doi), read.Arxiv);
        Same("abstract", CitationBuilder.PlainAbstract(original.AbstractMarkdown) ?? "", read.AbstractMarkdown);
    }

    /// <summary>The paper read back for an original: the same arXiv id, else DOI, else title.</summary>
    private static bool SamePaper(SeedPaper original, SeedPaper read) =>
        original.Arxiv is { } arxiv ? ArxivIds.FromEprint(arxiv) == read.Arxiv
        : original.Doi is { } doi ? string.Equals(doi, read.Doi, StringComparison.OrdinalIgnoreCase)
        : PaperKeys.Title(TexText.ToPlain(original.Title)) == PaperKeys.Title(TexText.ToPlain(read.Title));

    private static List<SeedPaper> Papers(string seedsDir) =>
        [.. SeedFolder.Open(seedsDir).ParsePapers().Select(p => p.Paper).OfType<SeedPaper>()];

    private static string JoinArrays(IEnumerable<string> arrays)
    {
        var all = new JsonArray();
        foreach (var array in arrays)
        {
            foreach (var item in JsonNode.Parse(array)!.AsArray().ToList())
            {
                all.Add(item!.DeepClone());
            }
        }

        return all.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
