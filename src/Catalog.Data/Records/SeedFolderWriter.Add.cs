using System.Text.RegularExpressions;
using Catalog.Data.Seeds;

namespace Catalog.Data.Records;

/// <summary>Adding papers to a seeds folder that may already hold some: every new file, every changed file and the new
/// INDEX.md are written beside their place first, then renamed into it, papers before the index; a failure at any point
/// leaves the folder as it was (renames already made are undone). A new paper never replaces a file.</summary>
public static partial class SeedFolderWriter
{
    /// <summary>Writes <paramref name="records"/> as new paper files listed at the end of INDEX.md's list (a new INDEX.md,
    /// headed <paramref name="name"/>, when the folder has none) and applies <paramref name="updates"/>.</summary>
    /// <returns>The problems that stopped it; empty when everything was written.</returns>
    public static IReadOnlyList<SeedProblem> Add(IReadOnlyList<PaperRecord> records, IReadOnlyList<SeedFileUpdate> updates, string seedsDir, string name)
    {
        var root = Path.GetFullPath(seedsDir);
        var indexPath = Path.Combine(root, IndexFileReader.FileName);
        var papersDir = Path.Combine(root, PapersFolder);
        var staged = new List<(string Temp, string Final, bool Replace)>();
        var problems = new List<SeedProblem>();
        try
        {
            Directory.CreateDirectory(papersDir);
            foreach (var record in records)
            {
                var bytes = s_utf8.GetBytes(PaperFileText.Of(record));
                var final = Path.Combine(papersDir, record.Id + ".md");
                if (bytes.Length > SeedFileReader.MaxPaperBytes)
                {
                    problems.Add(new($"{PapersFolder}/{record.Id}.md", 1, "the paper file would be over 1 MiB, which the importer refuses"));
                    continue;
                }

                staged.Add((Stage(final, bytes), final, false));
            }

            foreach (var update in updates)
            {
                var text = PaperFileText.Fill(File.ReadAllText(update.File), update.Additions, update.Abstract);
                staged.Add((Stage(update.File, s_utf8.GetBytes(text)), update.File, true));
            }

            if (records.Count > 0)
            {
                var index = File.Exists(indexPath) ? File.ReadAllText(indexPath) : NewIndex(name);
                var lines = records.Select(r => $"- [{SeedText.MarkdownInline(r.Title)}]({PapersFolder}/{r.Id}.md)");
                staged.Add((Stage(indexPath, s_utf8.GetBytes(WithListed(index, lines))), indexPath, true));
            }

            if (problems.Count > 0)
            {
                return problems;
            }

            // Papers first, the index last: an interruption between them leaves files INDEX.md does not list yet, which
            // the importer reports and skips, never a link to a missing file. A rename that fails undoes the ones before it.
            Commit(staged);
            staged.Clear();
            return problems;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            problems.Add(new(Path.GetFileName(root), 1, $"nothing was written (what had been renamed into place was undone): {ex.Message}"));
            return problems;
        }
        finally
        {
            foreach (var (temp, _, _) in staged)
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Renames each staged file into its place; when one fails, the new files already renamed are removed and
    /// the replaced ones put back from the copies kept of them, and the failure is thrown on.</summary>
    private static void Commit(List<(string Temp, string Final, bool Replace)> staged)
    {
        var done = new List<(string Final, string? Backup)>();
        try
        {
            foreach (var (temp, final, replace) in staged)
            {
                string? backup = null;
                if (replace && File.Exists(final))
                {
                    backup = $"{temp}.before";
                    File.Copy(final, backup);
                }

                File.Move(temp, final, overwrite: replace);
                done.Add((final, backup));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            foreach (var (final, backup) in Enumerable.Reverse(done))
            {
                if (backup is null)
                {
                    File.Delete(final);
                }
                else
                {
                    File.Move(backup, final, overwrite: true);
                }
            }

            throw;
        }
        finally
        {
            foreach (var (_, backup) in done)
            {
                if (backup is not null)
                {
                    File.Delete(backup);
                }
            }
        }
    }

    private static string Stage(string final, byte[] bytes)
    {
        var temp = Path.Combine(Path.GetDirectoryName(final)!, $".{Path.GetFileName(final)}.{Environment.ProcessId}-{Guid.NewGuid():N}.adding");
        File.WriteAllBytes(temp, bytes);
        return temp;
    }

    private static string NewIndex(string name) =>
        $"# {SeedText.MarkdownInline(SeedText.OneLine(name))}\n\n## Papers\n\n";

    /// <summary>The index with the lines added after the last line of its list of paper links, or at its end.</summary>
    private static string WithListed(string index, IEnumerable<string> lines)
    {
        var newline = index.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var added = string.Concat(lines.Select(l => l + newline));
        var last = ListItem().Matches(index).LastOrDefault();
        if (last is null)
        {
            return index.Length == 0 || index.EndsWith('\n') ? index + added : index + newline + added;
        }

        var at = index.IndexOf('\n', last.Index);
        return at < 0 ? index + newline + added : index.Insert(at + 1, added);
    }

    [GeneratedRegex(@"^[ \t]*[-*+][ \t]+\[.*\]\(.*\.md\)[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex ListItem();
}
