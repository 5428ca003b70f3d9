using System.Text.Json;
using System.Text.RegularExpressions;
using Catalog.Data.Queries;
using Catalog.Data.Import;
using Catalog.Data.Records;
using Catalog.Data.Seeds;
using Catalog.Data.Store;
using Catalog.Data.Tests.Infrastructure;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalog.Data.Tests.Records;

/// <summary>Real records become seed files that the importer takes, and the catalog then holds what the records said.</summary>
public sealed partial class RecordsRoundTripTests
{
    [Theory]
    [InlineData("arxiv-sample.jsonl")]
    [InlineData("acl-sample.jsonl")]
    [InlineData("arxiv-repeated-names.jsonl")]
    public void SampleRecordsImportWithTheSameTitlesAuthorsAndAbstracts(string sample)
    {
        using var work = new RecordsWorkspace();
        var records = RecordsWorkspace.Sample(sample);

        var written = SeedFolderWriter.Write(PaperRecordReader.Read(records), work.Seeds, new SeedWriteOptions { Name = "Sample" });
        var imported = SeedImporter.Import(work.Seeds, work.Db);

        Assert.True(written.Succeeded, string.Join("\n", written.Errors));
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        var expected = ExpectedPapers(records);
        Assert.Equal(expected.Count, written.Written);
        Assert.Equal(expected.Count, imported.Papers);
        var papers = new PaperQueries(new CatalogDatabase(work.Db));
        foreach (var paper in expected)
        {
            var stored = papers.Get(paper.Id);
            Assert.NotNull(stored);
            Assert.Equal(paper.Title, stored.Title);
            Assert.Equal(paper.Authors, stored.Authors.Select(a => a.Name));
            Assert.Equal(paper.Abstract, stored.AbstractMarkdown);
        }
    }

    [Fact]
    public void RecordsNamingOnePersonTwiceKeepEverySlotAndCarryTheirDoiAndCategories()
    {
        using var work = new RecordsWorkspace();
        var records = RecordsWorkspace.Sample("arxiv-repeated-names.jsonl");

        SeedFolderWriter.Write(PaperRecordReader.Read(records), work.Seeds, new SeedWriteOptions { Name = "Repeated names" });
        var imported = SeedImporter.Import(work.Seeds, work.Db);

        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        var paper = new PaperQueries(new CatalogDatabase(work.Db)).Get("2606.26899")!;
        Assert.Equal(2, paper.Authors.Count(a => a.Name == "Kun Xu"));
        Assert.Contains(imported.Warnings, w => w.Path == "seeds/papers/2606.26899.md" && w.Message.StartsWith("author 'Kun Xu' is listed twice", StringComparison.Ordinal));
        foreach (var line in File.ReadLines(records))
        {
            using var json = JsonDocument.Parse(line);
            var stored = new PaperQueries(new CatalogDatabase(work.Db)).Get(json.RootElement.GetProperty("arxiv_id").GetString()!)!;
            Assert.Equal(json.RootElement.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!), stored.Subjects);
            var doi = json.RootElement.GetProperty("doi");
            Assert.Equal(doi.ValueKind == JsonValueKind.String ? doi.GetString() : null, stored.Doi);
        }
    }

    [Fact]
    public void TexInATitleSurvivesTheYamlAndTheIndex()
    {
        using var work = new RecordsWorkspace();
        var records = work.WriteRecords("tex.jsonl",
            """{"arxiv_id": "2210.07998", "title": "$\\Lambda$-DARTS: Mitigating Performance Collapse", "authors": ["Sajad Movahedi"], "abstract": "Uses $\\alpha_i$ and $O(n^2)$."}""",
            """{"arxiv_id": "2504.18618", "title": "$Λ$CDM is still not broken: $z \\sim 12-30$", "authors": ["A. Author"], "abstract": ""}""");

        SeedFolderWriter.Write(PaperRecordReader.Read(records), work.Seeds, new SeedWriteOptions { Name = "TeX" });
        var imported = SeedImporter.Import(work.Seeds, work.Db);

        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        var papers = new PaperQueries(new CatalogDatabase(work.Db));
        Assert.Equal("$\\Lambda$-DARTS: Mitigating Performance Collapse", papers.Get("2210.07998")!.Title);
        Assert.Equal("Uses $\\alpha_i$ and $O(n^2)$.", papers.Get("2210.07998")!.AbstractMarkdown);
        Assert.Equal("$Λ$CDM is still not broken: $z \\sim 12-30$", papers.Get("2504.18618")!.Title);
        Assert.Equal(["$\\Lambda$-DARTS: Mitigating Performance Collapse", "$Λ$CDM is still not broken: $z \\sim 12-30$"],
            IndexLinks(work.Seeds).Select(l => l.Text));
    }

    [Fact]
    public void IndexLinkTextReadsBackAsEachTitleAndLinksItsPaperFile()
    {
        using var work = new RecordsWorkspace();
        var records = RecordsWorkspace.Sample("arxiv-sample.jsonl");

        SeedFolderWriter.Write(PaperRecordReader.Read(records), work.Seeds, new SeedWriteOptions { Name = "Cosmic [CII] *survey* #1" });

        var expected = ExpectedPapers(records);
        Assert.Equal(expected.Select(p => (p.Title, $"papers/{p.Id}.md")), IndexLinks(work.Seeds).Select(l => (l.Text, l.Url)));
        var index = SeedReading.Read(work.Seeds);
        Assert.Equal("Cosmic [CII] *survey* #1", index.Catalog?.Name);
    }

    [Fact]
    public void TextThatIsYamlOrMarkdownSyntaxIsKeptAsPlainText()
    {
        using var work = new RecordsWorkspace();
        const string title = "It's \"quoted\": #1 & <b>bold</b> *not* [link](x) \\ % @ ! | > {a: b} - ? `code`";
        var records = work.WriteRecords("syntax.jsonl", JsonSerializer.Serialize(new
        {
            id = "syntax",
            title = "  " + title + "\u0001\u2028 ",
            authors = new[] { "O'Brien, Seán", "- dash", "#hash", "Seán O'Brien" },
            @abstract = "First line.\r\n---\r\nNot front matter.\u0007",
            venue = "'; DROP TABLE papers; --",
            source = "@source: yes",
            url = "https://example.org/a?b=c#d",
        }));

        var written = SeedFolderWriter.Write(PaperRecordReader.Read(records, "syntax.jsonl"), work.Seeds, new SeedWriteOptions { Name = "Syntax" });
        var imported = SeedImporter.Import(work.Seeds, work.Db);

        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        Assert.Empty(written.Problems);
        Assert.Equal(["seeds/papers/syntax.md:8: warning: author 'Seán O'Brien' is listed twice (also line 5); kept as two author slots of one person. If they are two people, say which each is with {name: Seán O'Brien, person: <id>}"],
            imported.Warnings.Select(p => p.ToString()));
        var paper = new PaperQueries(new CatalogDatabase(work.Db)).Get("syntax")!;
        Assert.Equal(title, paper.Title);
        Assert.Equal(["Seán O'Brien", "- dash", "#hash", "Seán O'Brien"], paper.Authors.Select(a => a.Name));
        Assert.Equal(["O'Brien", "dash", "#hash", "O'Brien"], paper.Authors.Select(a => a.Family));
        Assert.Equal("First line.\n---\nNot front matter.", paper.AbstractMarkdown);
        Assert.Equal("'; DROP TABLE papers; --", paper.Venue);
        Assert.Equal("@source: yes", paper.Source);
        Assert.Equal("https://example.org/a?b=c#d", paper.Url);
    }

    [Fact]
    public void GzipRecordsAreReadAsAStream()
    {
        using var work = new RecordsWorkspace();
        var plain = RecordsWorkspace.Sample("acl-sample.jsonl");
        var gz = Path.Combine(work.Path, "acl-sample.jsonl.gz");
        using (var input = File.OpenRead(plain))
        using (var output = new System.IO.Compression.GZipStream(File.Create(gz), System.IO.Compression.CompressionLevel.Fastest))
        {
            input.CopyTo(output);
        }

        Assert.Equal(
            PaperRecordReader.Read(plain).Select(l => l.Record),
            PaperRecordReader.Read(gz).Select(l => l.Record),
            new RecordComparer());
    }

    /// <summary>What the catalog should hold for each record, worked out from the JSON without the converter's code:
    /// white space in titles collapsed, names normalised as the importer does, every one kept in order.</summary>
    private static List<(string Id, string Title, List<string> Authors, string Abstract)> ExpectedPapers(string records) =>
        [.. File.ReadLines(records).Where(l => l.Trim().Length > 0).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            var id = r.TryGetProperty("arxiv_id", out var arxiv) && arxiv.ValueKind == JsonValueKind.String ? arxiv.GetString()! : r.GetProperty("id").GetString()!;
            var title = Whitespace().Replace(r.GetProperty("title").GetString()!, " ").Trim();
            var authors = r.GetProperty("authors").EnumerateArray().Select(a => AuthorNames.Normalize(a.GetString()!)).ToList();
            var text = r.GetProperty("abstract") is { ValueKind: JsonValueKind.String } a ? a.GetString()!.ReplaceLineEndings("\n").Trim() : "";
            return (id, title, authors, text);
        })];

    private static List<(string Text, string Url)> IndexLinks(string seeds)
    {
        var document = Markdown.Parse(File.ReadAllText(Path.Combine(seeds, "INDEX.md")));
        return [.. document.Descendants<ListItemBlock>().SelectMany(i => i.Descendants<LinkInline>())
            .Select(link => (string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())), link.Url ?? ""))];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Records hold lists, which records compare by reference; compare them by value.</summary>
    private sealed class RecordComparer : IEqualityComparer<PaperRecord?>
    {
        private static readonly string[] s_noAuthors = [];

        public bool Equals(PaperRecord? x, PaperRecord? y) =>
            x is null ? y is null
            : y is not null && x with { Authors = s_noAuthors, Subjects = s_noAuthors } == y with { Authors = s_noAuthors, Subjects = s_noAuthors }
              && x.Authors.SequenceEqual(y.Authors) && x.Subjects.SequenceEqual(y.Subjects);

        public int GetHashCode(PaperRecord? obj) => obj?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
