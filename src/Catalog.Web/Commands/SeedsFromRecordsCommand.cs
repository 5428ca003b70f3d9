using System.CommandLine;
using Catalog.Data.Records;

namespace Catalog.Web.Commands;

/// <summary><c>seeds-from-records FILE --out DIR [--name NAME] [--force]</c>: writes a seeds folder from a JSONL file of
/// paper records (<c>.jsonl</c> or <c>.jsonl.gz</c>). Bad records are reported as <c>FILE:LINE: message</c> and skipped.
/// Exits 0 when INDEX.md and every usable record were written, 1 when something was refused or kept or the command
/// line is wrong.</summary>
public static class SeedsFromRecordsCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE")
        {
            Description = "Paper records, one JSON object a line ({id, title, authors[], abstract, date, year, venue, url, arxiv_id, source}); .jsonl or .jsonl.gz.",
        };
        var output = new Option<string>("--out") { Description = "The seeds folder to write: DIR/INDEX.md and DIR/papers/ID.md.", HelpName = "DIR", Required = true };
        var name = new Option<string>("--name") { Description = "The catalog's name, INDEX.md's heading (default: \"Papers from FILE\").", HelpName = "NAME" };
        var force = new Option<bool>("--force") { Description = "Replace an existing INDEX.md and paper files of the same ids (otherwise nothing is overwritten)." };
        var command = new Command("seeds-from-records", "Writes a seeds folder from a JSONL file of paper records.") { file, output, name, force };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(file), parsed.GetRequiredValue(output), parsed.GetValue(name), parsed.GetValue(force)));
        return command;
    }

    public static int Run(string file, string output, string? name, bool force)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"{file}: not found; expected a .jsonl or .jsonl.gz file of paper records");
            return 1;
        }

        var options = new SeedWriteOptions { Name = name ?? $"Papers from {Path.GetFileName(file)}", Force = force };
        SeedWriteResult result;
        try
        {
            result = SeedFolderWriter.Write(PaperRecordReader.Read(file), output, options, Path.GetFileName(file));
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // A truncated .gz, a full disk or a folder without write access: the message says which.
            Console.Error.WriteLine($"{file}: stopped: {ex.Message}");
            return 1;
        }

        foreach (var problem in result.Problems)
        {
            Console.Error.WriteLine(problem);
        }

        Console.WriteLine(FormattableString.Invariant(
            $"Wrote {result.Written:N0} paper files{(result.IndexWritten ? " and INDEX.md" : "")} to {Path.GetFullPath(output)}; skipped {result.Skipped:N0} bad records; kept {result.Kept:N0} existing files."));
        return result.Succeeded ? 0 : 1;
    }
}
