using Catalog.Data.Records;
using Catalog.Data.Import;

namespace Catalog.Data.Tests.Records;

/// <summary>Writing seeds never replaces a file silently: an existing INDEX.md stops the run, an existing paper file is
/// kept and reported, and only <see cref="SeedWriteOptions.Force"/> replaces them.</summary>
public sealed class OverwriteTests
{
    private const string Edited = "---\nid: 'good-1'\ntitle: 'Edited by hand'\nauthors:\n  - 'Ada Lovelace'\n---\n\nKeep me.\n";

    [Fact]
    public void AnExistingIndexStopsTheRunBeforeAnythingIsWritten()
    {
        using var work = new RecordsWorkspace();
        var records = Records(work);
        SeedFolderWriter.Write(PaperRecordReader.Read(records), work.Seeds, new SeedWriteOptions { Name = "First" });
        File.WriteAllText(work.PaperFile("good-1"), Edited);
        var index = File.ReadAllText(Path.Combine(work.Seeds, "INDEX.md"));

        var again = SeedFolderWriter.Write(PaperRecordReader.Read(records), work.Seeds, new SeedWriteOptions { Name = "Second" });

        Assert.False(again.Succeeded);
        Assert.Equal(["seeds/INDEX.md:1: already exists; nothing was written (pass --force to replace it and the paper files of the same ids)"],
            again.Problems.Select(p => p.ToString()));
        Assert.Equal(index, File.ReadAllText(Path.Combine(work.Seeds, "INDEX.md")));
        Assert.Equal(Edited, File.ReadAllText(work.PaperFile("good-1")));
    }

    [Fact]
    public void AnExistingPaperFileIsKeptAndReportedByTheRecordsLine()
    {
        using var work = new RecordsWorkspace();
        var records = Records(work);
        Directory.CreateDirectory(Path.Combine(work.Seeds, "papers"));
        File.WriteAllText(work.PaperFile("good-1"), Edited);

        var result = SeedFolderWriter.Write(PaperRecordReader.Read(records, "records.jsonl"), work.Seeds, new SeedWriteOptions { Name = "Kept" });

        Assert.False(result.Succeeded);
        Assert.Equal((1, 0, 1), (result.Written, result.Skipped, result.Kept));
        Assert.Equal(["records.jsonl:1: papers/good-1.md already exists; it was not overwritten (pass --force to replace it)"],
            result.Problems.Select(p => p.ToString()));
        Assert.Equal(Edited, File.ReadAllText(work.PaperFile("good-1")));
        Assert.DoesNotContain("good-1", File.ReadAllText(Path.Combine(work.Seeds, "INDEX.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void ForceReplacesTheIndexAndThePaperFiles()
    {
        using var work = new RecordsWorkspace();
        var records = Records(work);
        SeedFolderWriter.Write(PaperRecordReader.Read(records), work.Seeds, new SeedWriteOptions { Name = "First" });
        File.WriteAllText(work.PaperFile("good-1"), Edited + new string('x', 500));

        var again = SeedFolderWriter.Write(PaperRecordReader.Read(records), work.Seeds, new SeedWriteOptions { Name = "Second", Force = true });

        Assert.True(again.Succeeded);
        Assert.StartsWith("# Second\n", File.ReadAllText(Path.Combine(work.Seeds, "INDEX.md")), StringComparison.Ordinal);
        Assert.EndsWith("\n\nFine.\n", File.ReadAllText(work.PaperFile("good-1")), StringComparison.Ordinal);
        Assert.True(SeedImporter.Import(work.Seeds, work.Db).Succeeded);
    }

    private static string Records(RecordsWorkspace work) => work.WriteRecords("records.jsonl",
        """{"id": "good-1", "title": "A good paper", "authors": ["Ada Lovelace"], "abstract": "Fine."}""",
        """{"id": "good-2", "title": "Another good paper", "authors": ["Alan Turing"]}""");
}
