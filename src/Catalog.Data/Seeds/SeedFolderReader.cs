namespace Catalog.Data.Seeds;

/// <summary>Reads the files of a seeds folder for <see cref="SeedFolder"/>: INDEX.md and its links, people.yaml and
/// each paper file, reporting every problem.</summary>
public static class SeedFolderReader
{
    public const string IndexFileName = "INDEX.md";
    public const long MaxPaperFileBytes = SeedFileReader.MaxPaperBytes;

    /// <summary>Reads INDEX.md and resolves its links, reporting what is wrong with them.</summary>
    internal static (SeedIndex? Index, List<string> Files, List<SeedProblem> Problems) ReadIndex(string root, SeedFileReader reader, DisplayPaths display)
    {
        var problems = new List<SeedProblem>();
        var indexPath = Path.Combine(root, IndexFileName);
        if (!File.Exists(indexPath))
        {
            var why = Directory.Exists(root) ? "not found" : $"not found: the seeds folder '{root}' does not exist";
            problems.Add(new(display.Of(indexPath), 1, $"{why}; expected INDEX.md with the catalog's name and a list of its paper files"));
            return (null, [], problems);
        }

        var indexText = reader.ReadText(indexPath, display.Of(indexPath), SeedFileReader.MaxListBytes, problems);
        var index = indexText is null ? null : SeedIndexParser.Parse(indexText, display.Of(indexPath), problems);
        var files = index is null ? [] : ResolveLinks(index, root, reader, display, problems);
        return (index, files, problems);
    }

    /// <summary>Reads people.yaml when the folder has one; without it every name string is a person of its own.</summary>
    internal static PeopleDirectory ReadPeople(string root, SeedFileReader reader, DisplayPaths display, List<SeedProblem> problems)
    {
        var path = Path.Combine(root, PeopleFileParser.FileName);
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            return PeopleDirectory.Empty;
        }

        var text = reader.ReadText(path, display.Of(path), SeedFileReader.MaxListBytes, problems);
        return text is null ? PeopleDirectory.Empty : new PeopleDirectory(PeopleFileParser.Parse(text, display.Of(path), problems));
    }

    private static List<string> ResolveLinks(SeedIndex index, string root, SeedFileReader reader, DisplayPaths display, List<SeedProblem> problems)
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

            if (reader.Locate(full, out var whyNot) is not { } real)
            {
                problems.Add(new(indexDisplay, link.Line, whyNot == "does not exist"
                    ? $"link '{target}' points to a file that does not exist"
                    : $"link '{target}' {whyNot}"));
                continue;
            }

            if (seen.TryGetValue(real, out var firstLine))
            {
                problems.Add(new(indexDisplay, link.Line, $"'{target}' is listed twice (first on line {firstLine})"));
                continue;
            }

            seen[real] = link.Line;
            files.Add(full);
        }

        return files;
    }

    internal static (SeedPaper? Paper, List<SeedProblem> Problems) ParsePaper(string file, string displayPath, SeedFileReader reader, PeopleDirectory people)
    {
        var problems = new List<SeedProblem>();
        try
        {
            var text = reader.ReadText(file, displayPath, SeedFileReader.MaxPaperBytes, problems);
            return (text is null ? null : PaperFileParser.Parse(text, displayPath, people, problems), problems);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Every problem a seed can have is reported as such; this is the net for one no check foresaw, so that one
            // file can never end an import, or the server that runs it, and the old catalog stays.
            problems.Add(new(displayPath, 1, $"could not be parsed ({ex.GetType().Name}: {ex.Message})"));
            return (null, problems);
        }
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
