using Catalog.Data.Records;

namespace Catalog.Web.Hosting;

/// <summary><c>seeds-from-records FILE --out DIR [--name NAME] [--force]</c>: writes a seeds folder from a JSONL file of
/// paper records (<c>.jsonl</c> or <c>.jsonl.gz</c>). Bad records are reported as <c>FILE:LINE: message</c> and skipped.
/// Exits 0 when INDEX.md and every usable record were written, 1 when something was refused or kept, 2 on a usage error.</summary>
public static class SeedsFromRecordsCommand
{
    public const string Verb = "seeds-from-records";

    private const string Usage = """
        Usage: seeds-from-records FILE --out DIR [--name NAME] [--force]
          FILE          paper records, one JSON object a line ({id, title, authors[], abstract, date, year, venue, url, arxiv_id, source});
                        .jsonl or .jsonl.gz
          --out DIR     the seeds folder to write: DIR/INDEX.md and DIR/papers/ID.md
          --name NAME   the catalog's name, INDEX.md's heading (default: "Papers from FILE")
          --force       replace an existing INDEX.md and paper files of the same ids (otherwise nothing is overwritten)
        """;

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Verb;

    public static int Run(string[] args)
    {
        if (!TryParse(args.AsSpan(1), out var file, out var output, out var name, out var force, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Usage);
            return 2;
        }

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

    private static bool TryParse(ReadOnlySpan<string> args, out string file, out string output, out string? name, out bool force, out string error)
    {
        (file, output, name, force, error) = ("", "", null, false, "");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--name" when i + 1 < args.Length:
                    name = args[++i];
                    break;
                case "--force":
                    force = true;
                    break;
                case var arg when arg.StartsWith('-'):
                    error = $"unknown option or missing value: {arg}";
                    return false;
                case var arg when file.Length == 0:
                    file = arg;
                    break;
                default:
                    error = $"unexpected argument: {args[i]}";
                    return false;
            }
        }

        error = file.Length == 0 ? "missing FILE: the JSONL file of paper records" : output.Length == 0 ? "missing --out DIR: the seeds folder to write" : "";
        return error.Length == 0;
    }
}
