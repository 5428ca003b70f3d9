using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Catalog.Data.Seeds;

/// <summary>Reads a whole seeds folder: INDEX.md and every paper file it lists, parsed in parallel.
/// Every problem is collected, so one run reports all of them.</summary>
public static class SeedFolderReader
{
    public const string IndexFileName = "INDEX.md";
    public const long MaxPaperFileBytes = 1024 * 1024;

    /// <summary>Reads and checks the whole folder at once; see <see cref="SeedFolder"/> to stream a large one.</summary>
    /// <param name="seedsDir">The seeds folder. Problems name files from the folder's own name: "seeds/papers/x.md".</param>
    public static SeedReadResult Read(string seedsDir)
    {
        var folder = SeedFolder.Open(seedsDir);
        if (folder.Index is null)
        {
            return new(null, folder.Problems);
        }

        var papers = new List<SeedPaper>(folder.Files.Count);
        var ids = new PaperIdRegistry();
        var problems = new List<SeedProblem>(folder.Problems);
        foreach (var (paper, paperProblems) in folder.ParsePapers())
        {
            problems.AddRange(paperProblems);
            if (paper is not null && ids.Register(paper, problems))
            {
                papers.Add(paper);
            }
        }

        problems.AddRange(folder.UnlistedFiles());
        var hasErrors = problems.Any(p => p.IsError);
        return new(hasErrors ? null : new SeedCatalog(folder.Index.Name, folder.Index.Description, papers), Sorted(problems));
    }

    /// <summary>Reads INDEX.md and resolves its links, reporting what is wrong with them.</summary>
    internal static (SeedIndex? Index, List<string> Files, List<SeedProblem> Problems) ReadIndex(string root, DisplayPaths display)
    {
        var problems = new List<SeedProblem>();
        var indexPath = Path.Combine(root, IndexFileName);
        if (!File.Exists(indexPath))
        {
            var why = Directory.Exists(root) ? "not found" : $"not found: the seeds folder '{root}' does not exist";
            problems.Add(new(display.Of(indexPath), 1, $"{why}; expected INDEX.md with the catalog's name and a list of its paper files"));
            return (null, [], problems);
        }

        var indexText = ReadText(indexPath, display.Of(indexPath), problems);
        var index = indexText is null ? null : SeedIndexParser.Parse(indexText, display.Of(indexPath), problems);
        var files = index is null ? [] : ResolveLinks(index, root, display, problems);
        return (index, files, problems);
    }

    private static List<string> ResolveLinks(SeedIndex index, string root, DisplayPaths display, List<SeedProblem> problems)
    {
        var indexDisplay = display.Of(Path.Combine(root, IndexFileName));
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var files = new List<string>();
        foreach (var link in index.Papers)
        {
            var target = link.Target;
            if (target.Length == 0 || target.Contains("://", StringComparison.Ordinal) || Path.IsPathRooted(target) || target.StartsWith('/'))
            {
                problems.Add(new(indexDisplay, link.Line, $"link '{target}' must be a relative path to a file inside the seeds folder"));
                continue;
            }

            // A NUL, which a link can hold as %00, is the one character a path may not hold; Path would throw on it.
            if (target.Contains('\0', StringComparison.Ordinal))
            {
                problems.Add(new(indexDisplay, link.Line, $"link '{target.Replace("\0", "%00", StringComparison.Ordinal)}' is not a file name: it holds a NUL character"));
                continue;
            }

            var full = Path.GetFullPath(Path.Combine(root, target));
            if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                problems.Add(new(indexDisplay, link.Line, $"link '{target}' leaves the seeds folder; paper files must be inside it"));
                continue;
            }

            if (!File.Exists(full))
            {
                problems.Add(new(indexDisplay, link.Line, $"link '{target}' points to a file that does not exist"));
                continue;
            }

            if (seen.TryGetValue(full, out var firstLine))
            {
                problems.Add(new(indexDisplay, link.Line, $"'{target}' is listed twice (first on line {firstLine})"));
                continue;
            }

            seen[full] = link.Line;
            files.Add(full);
        }

        return files;
    }

    internal static (SeedPaper? Paper, List<SeedProblem> Problems) ParsePaper(string file, string displayPath)
    {
        var problems = new List<SeedProblem>();
        var length = new FileInfo(file).Length;
        if (length > MaxPaperFileBytes)
        {
            problems.Add(new(displayPath, 1, FormattableString.Invariant($"file is {length / 1024.0 / 1024.0:0.0} MiB; a paper file may be at most 1 MiB")));
            return (null, problems);
        }

        var text = ReadText(file, displayPath, problems);
        return (text is null ? null : PaperFileParser.Parse(text, displayPath, problems), problems);
    }

    /// <summary>Reads a file as strict UTF-8, reporting the line of the first invalid byte.</summary>
    private static string? ReadText(string file, string displayPath, List<SeedProblem> problems)
    {
        var bytes = File.ReadAllBytes(file);
        var span = bytes.AsSpan();
        var bomLength = span.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        span = span[bomLength..];

        var chars = new char[span.Length];
        var status = Utf8.ToUtf16(span, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var line = span[..bytesRead].Count((byte)'\n') + 1;
            problems.Add(new(displayPath, line, $"invalid UTF-8 at byte {bomLength + bytesRead + 1}; save the file as UTF-8"));
            return null;
        }

        return new string(chars, 0, charsWritten).ReplaceLineEndings("\n");
    }

    internal static IEnumerable<SeedProblem> UnlistedFiles(string root, List<string> listed, DisplayPaths display)
    {
        var listedSet = listed.ToHashSet(StringComparer.Ordinal);
        var unlisted = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetDirectoryName(f) != root || !IsFolderDocument(Path.GetFileName(f)))
            .Where(f => !listedSet.Contains(f))
            .Order(StringComparer.Ordinal);
        return unlisted.Select(file => new SeedProblem(display.Of(file), 1, "not listed in INDEX.md, so it is not imported", ProblemSeverity.Warning));
    }

    private static bool IsFolderDocument(string name) =>
        name.Equals(IndexFileName, StringComparison.OrdinalIgnoreCase) || name.Equals("README.md", StringComparison.OrdinalIgnoreCase);

    internal static List<SeedProblem> Sorted(List<SeedProblem> problems) =>
        [.. problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line)];

    /// <summary>Names files from the seeds folder's own name, "seeds/papers/x.md": short, and the same wherever the app runs.</summary>
    internal sealed class DisplayPaths(string root)
    {
        private readonly string _name = Path.GetFileName(root);

        public string Of(string full) =>
            Path.Join(_name, Path.GetRelativePath(root, full)).Replace('\\', '/');
    }
}
