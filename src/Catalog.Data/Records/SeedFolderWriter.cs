using System.Text;
using Catalog.Data.Seeds;

namespace Catalog.Data.Records;

/// <summary>Writes a seeds folder from paper records: one file per record under <c>papers/</c>, named by its id, and
/// INDEX.md listing them in record order. Records with errors are skipped and reported by line. Nothing is overwritten
/// unless asked: an existing INDEX.md stops the run before anything is written, and an existing paper file is kept
/// and reported. INDEX.md is written last and renamed into place, so an interrupted run leaves no index.</summary>
public static partial class SeedFolderWriter
{
    public const string PapersFolder = "papers";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="records">Lines from <see cref="PaperRecordReader"/>; read once, as they come.</param>
    /// <param name="seedsDir">The folder to write; created when missing.</param>
    /// <param name="options">The catalog's name and description, and whether to overwrite.</param>
    /// <param name="recordsName">The records file's name, for the default description.</param>
    public static SeedWriteResult Write(IEnumerable<RecordLine> records, string seedsDir, SeedWriteOptions options, string recordsName = "records")
    {
        var root = Path.GetFullPath(seedsDir);
        var indexPath = Path.Combine(root, IndexFileReader.FileName);
        var indexDisplay = Path.Join(Path.GetFileName(root), IndexFileReader.FileName);
        var problems = new List<SeedProblem>();
        if (File.Exists(indexPath) && !options.Force)
        {
            problems.Add(new(indexDisplay, 1, "already exists; nothing was written (pass --force to replace it and the paper files of the same ids)"));
            return new(false, 0, 0, 0, problems);
        }

        var papersDir = Path.Combine(root, PapersFolder);
        Directory.CreateDirectory(papersDir);
        var building = $"{indexPath}.{Environment.ProcessId}-{Guid.NewGuid():N}.writing";
        int written = 0, skipped = 0, kept = 0;
        try
        {
            using (var index = new StreamWriter(building, append: false, s_utf8))
            {
                index.NewLine = "\n";
                WriteIndexHead(index, options, recordsName);
                var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                foreach (var line in records)
                {
                    problems.AddRange(line.Problems);
                    var outcome = line.Record is { } record ? WritePaper(record, papersDir, options.Force, ids, problems, line) : Outcome.Skipped;
                    switch (outcome)
                    {
                        case Outcome.Written:
                            written++;
                            index.WriteLine($"- [{SeedText.MarkdownInline(line.Record!.Title)}]({PapersFolder}/{line.Record.Id}.md)");
                            break;
                        case Outcome.Kept:
                            kept++;
                            break;
                        default:
                            skipped++;
                            break;
                    }
                }
            }

            if (written == 0)
            {
                problems.Add(new(indexDisplay, 1, "not written: no record could be written as a paper file"));
                return new(false, written, skipped, kept, problems);
            }

            File.Move(building, indexPath, overwrite: options.Force);
            return new(true, written, skipped, kept, problems);
        }
        catch (IOException) when (!options.Force && File.Exists(indexPath))
        {
            problems.Add(new(indexDisplay, 1, "appeared while the papers were written; it was not overwritten (pass --force to replace it)"));
            return new(false, written, skipped, kept, problems);
        }
        finally
        {
            File.Delete(building);
        }
    }

    private static Outcome WritePaper(PaperRecord record, string papersDir, bool force, Dictionary<string, int> ids, List<SeedProblem> problems, RecordLine line)
    {
        if (ids.TryGetValue(record.Id, out var firstLine))
        {
            problems.Add(new(line.Path, record.Line, $"duplicate id '{record.Id}'; line {firstLine} already has it (ids are compared ignoring case); skipped"));
            return Outcome.Skipped;
        }

        var bytes = s_utf8.GetBytes(PaperFileText.Of(record));
        if (bytes.Length > SeedFileReader.MaxPaperBytes)
        {
            problems.Add(new(line.Path, record.Line, FormattableString.Invariant(
                $"the paper file would be {bytes.Length / 1024.0 / 1024.0:0.0} MiB; the importer takes at most 1 MiB; skipped")));
            return Outcome.Skipped;
        }

        ids[record.Id] = record.Line;
        var file = Path.Combine(papersDir, record.Id + ".md");
        try
        {
            using var handle = File.OpenHandle(file, force ? FileMode.Create : FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, bytes, 0);
        }
        catch (IOException) when (!force && File.Exists(file))
        {
            problems.Add(new(line.Path, record.Line, $"{PapersFolder}/{record.Id}.md already exists; it was not overwritten (pass --force to replace it)"));
            return Outcome.Kept;
        }

        return Outcome.Written;
    }

    private static void WriteIndexHead(StreamWriter index, SeedWriteOptions options, string recordsName)
    {
        var name = SeedText.OneLine(options.Name);
        var description = SeedText.OneLine(options.Description ?? $"Papers converted from the records in {recordsName}.");
        index.WriteLine($"# {SeedText.MarkdownInline(name.Length > 0 ? name : "Papers")}");
        index.WriteLine();
        if (description.Length > 0)
        {
            index.WriteLine(SeedText.MarkdownParagraph(description));
            index.WriteLine();
        }
    }

    private enum Outcome
    {
        Written,
        Skipped,
        Kept,
    }
}
