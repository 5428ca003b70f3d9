using Catalog.Data.Records;
using Catalog.Data.Store;
using Catalog.Data.Import;

namespace Catalog.Data.Tests.Records;

/// <summary>A record the importer would refuse is reported by its line and skipped; the rest are written and import.</summary>
public sealed class BadRecordTests
{
    [Fact]
    public void BadRecordsAreReportedByLineAndSkipped()
    {
        using var work = new RecordsWorkspace();
        var records = work.WriteRecords("records.jsonl",
            """{"id": "good-1", "title": "A good paper", "authors": ["Ada Lovelace"], "abstract": "Fine."}""",
            """not json at all""",
            """["a", "list"]""",
            """{"id": "no-authors", "title": "Nobody wrote this", "authors": []}""",
            """{"id": "no-title", "authors": ["Ada Lovelace"]}""",
            "   ",
            """{"id": "numeric-title", "title": 42, "authors": ["Ada Lovelace"]}""",
            """{"id": "authors-text", "title": "Authors as text", "authors": "Ada Lovelace"}""",
            """{"id": "GOOD-1", "title": "Same id, other case", "authors": ["Ada Lovelace"]}""",
            """{"id": "good-2", "title": "Another good paper", "authors": ["Alan Turing"]}""");

        var result = SeedFolderWriter.Write(PaperRecordReader.Read(records, "records.jsonl"), work.Seeds, new SeedWriteOptions { Name = "Bad" });

        Assert.Equal(
        [
            "records.jsonl:2: not valid JSON",
            "records.jsonl:3: expected a JSON object, {\"title\": ..., \"authors\": [...], ...}, on each line",
            "records.jsonl:4: authors lists no name; a paper needs at least one author",
            "records.jsonl:5: missing title",
            "records.jsonl:7: title must be a string, not the number 42",
            "records.jsonl:8: authors must be a list of names, not a string",
            "records.jsonl:9: duplicate id 'GOOD-1'; line 1 already has it (ids are compared ignoring case); skipped",
        ], result.Problems.Select(p => p.ToString().StartsWith("records.jsonl:2: not valid JSON", StringComparison.Ordinal) ? "records.jsonl:2: not valid JSON" : p.ToString()));
        Assert.Equal((2, 7, 0), (result.Written, result.Skipped, result.Kept));
        Assert.True(result.Succeeded);
        Assert.Equal(["good-1.md", "good-2.md"], Directory.GetFiles(Path.Combine(work.Seeds, "papers")).Select(Path.GetFileName).Order());
        Assert.True(SeedImporter.Import(work.Seeds, work.Db).Succeeded);
    }

    [Fact]
    public void FlawsInOptionalValuesAreWarningsAndTheValueIsLeftOut()
    {
        using var work = new RecordsWorkspace();
        var records = work.WriteRecords("records.jsonl",
            """{"id": "p1", "title": "T", "authors": ["A", "", 7, "B"], "url": "javascript:alert(1)", "date": "2024-13-45", "year": 2024, "month": "Sept.", "venue": ["x"]}""",
            """{"id": "hep-th/9901001", "title": "Old style id", "authors": ["C"], "year": "12345"}""",
            """{"title": "No id at all: Ünïcode!", "authors": ["D"], "year": 2023, "month": 8}""");

        var result = SeedFolderWriter.Write(PaperRecordReader.Read(records, "records.jsonl"), work.Seeds, new SeedWriteOptions { Name = "Flaws" });

        Assert.Equal(
        [
            "records.jsonl:1: warning: author 2 is empty; left out",
            "records.jsonl:1: warning: author 3 is the number 7; left out",
            "records.jsonl:1: warning: url 'javascript:alert(1)' is not an absolute http or https address; left out",
            "records.jsonl:1: warning: date '2024-13-45' is not YYYY-MM-DD, YYYY-MM or YYYY; using the year",
            "records.jsonl:1: warning: month \"Sept.\" is not a month; left out",
            "records.jsonl:1: warning: venue must be a string, not a list; left out",
            "records.jsonl:2: warning: year 12345 is not a four-digit year; left out",
            "records.jsonl:2: warning: id 'hep-th/9901001' cannot be a URL (only letters, digits, '.', '_' and '-'); the paper's id is 'hep-th-9901001'",
            "records.jsonl:3: warning: no id or arxiv_id; the paper's id is 'no-id-at-all-unicode', made from its title",
        ], result.Problems.Select(p => p.ToString()));
        Assert.Equal(3, result.Written);
        var import = SeedImporter.Import(work.Seeds, work.Db);
        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        var papers = new Catalog.Data.Queries.PaperQueries(new CatalogDatabase(work.Db));
        Assert.Equal(("2024", null), (papers.Get("p1")!.Date, papers.Get("p1")!.Url));
        Assert.Equal(["A", "B"], papers.Get("p1")!.Authors.Select(a => a.Name));
        Assert.Null(papers.Get("hep-th-9901001")!.Date);
        Assert.Equal("2023-08", papers.Get("no-id-at-all-unicode")!.Date);
    }

    [Fact]
    public void AnArxivRecordIsNamedByItsArxivIdAndDatedByItsOwnYear()
    {
        using var work = new RecordsWorkspace();
        var records = work.WriteRecords("records.jsonl",
            """{"id": "arXiv:2310.15741", "arxiv_id": "2310.15741", "title": "Listed late", "authors": ["A"], "date": "2026-02-25", "year": 2023}""",
            """{"id": "arXiv:2503.11731", "title": "Listed on time", "authors": ["B"], "date": "2025-03-14", "year": 2025}""");

        var lines = PaperRecordReader.Read(records).ToList();

        Assert.Equal(["2310.15741", "2503.11731"], lines.Select(l => l.Record!.Id));
        Assert.Equal(["2023", "2025-03-14"], lines.Select(l => l.Record!.Date.ToString()));
        Assert.All(lines, l => Assert.Empty(l.Problems));
    }

    [Fact]
    public void AnEscapeThatIsNoCharacterIsAnErrorNotAReplacementCharacter()
    {
        using var work = new RecordsWorkspace();
        var records = work.WriteRecords("records.jsonl", """{"id": "s", "title": "Half \ud800 a pair", "authors": ["A"]}""");

        var line = Assert.Single(PaperRecordReader.Read(records, "records.jsonl"));

        Assert.Null(line.Record);
        Assert.Equal(["records.jsonl:1: title holds an escape that is not a character (an unpaired \\uD800-\\uDFFF surrogate)"],
            line.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void NoUsableRecordWritesNoIndex()
    {
        using var work = new RecordsWorkspace();
        var records = work.WriteRecords("records.jsonl", """{"title": "No authors"}""");

        var result = SeedFolderWriter.Write(PaperRecordReader.Read(records, "records.jsonl"), work.Seeds, new SeedWriteOptions { Name = "None" });

        Assert.False(result.Succeeded);
        Assert.Equal(["records.jsonl:1: missing authors; a paper needs at least one author", "seeds/INDEX.md:1: not written: no record could be written as a paper file"],
            result.Problems.Select(p => p.ToString()));
        Assert.False(File.Exists(Path.Combine(work.Seeds, "INDEX.md")));
    }
}
