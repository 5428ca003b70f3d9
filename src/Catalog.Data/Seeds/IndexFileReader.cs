using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalog.Data.Seeds;

/// <summary>Reads INDEX.md: an H1 with the catalog's name, a paragraph describing it, and a list of links to paper
/// files, each of which must be a file inside the seeds folder, listed once.</summary>
internal static class IndexFileReader
{
    public const string FileName = "INDEX.md";

    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>The index and the paper files it links to, as full paths in catalog order, with every problem found in
    /// it; no index when it is missing or unusable.</summary>
    public static (SeedIndex? Index, List<string> Files, List<SeedProblem> Problems) Read(string root, SeedFileReader reader, DisplayPaths display)
    {
        var problems = new List<SeedProblem>();
        var indexPath = Path.Combine(root, FileName);
        if (!File.Exists(indexPath))
        {
            var why = Directory.Exists(root) ? "not found" : $"not found: the seeds folder '{root}' does not exist";
            problems.Add(new(display.Of(indexPath), 1, $"{why}; expected INDEX.md with the catalog's name and a list of its paper files"));
            return (null, [], problems);
        }

        var indexText = reader.ReadText(indexPath, display.Of(indexPath), SeedFileReader.MaxListBytes, problems);
        var index = indexText is null ? null : Parse(indexText, display.Of(indexPath), problems);
        var files = index is null ? [] : ResolveLinks(index, root, reader, display, problems);
        return (index, files, problems);
    }

    private static SeedIndex? Parse(string text, string displayPath, List<SeedProblem> problems)
    {
        var document = Markdown.Parse(text, s_pipeline);
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var name = heading is null ? "" : InlineText.Of(heading.Inline).Trim();
        if (name.Length == 0)
        {
            problems.Add(new(displayPath, 1, "expected an H1 heading with the catalog's name, e.g. '# My catalog'"));
        }

        var description = document
            .OfType<ParagraphBlock>()
            .Where(p => heading is null || p.Line > heading.Line)
            .Select(p => InlineText.Of(p.Inline).Trim())
            .FirstOrDefault(t => t.Length > 0) ?? "";

        var links = document
            .Descendants<ListItemBlock>()
            .SelectMany(item => item.Descendants<LinkInline>())
            .Where(link => !link.IsImage)
            .Select(link => new SeedLink(Uri.UnescapeDataString(link.Url ?? ""), link.Line + 1))
            .ToList();
        if (links.Count == 0)
        {
            problems.Add(new(displayPath, heading is null ? 1 : heading.Line + 1,
                "lists no papers; expected a Markdown list of links to paper files, e.g. '- [Title](papers/paper.md)'"));
        }

        return name.Length == 0 || links.Count == 0 ? null : new SeedIndex(name, description, links);
    }

    private static List<string> ResolveLinks(SeedIndex index, string root, SeedFileReader reader, DisplayPaths display, List<SeedProblem> problems)
    {
        var indexDisplay = display.Of(Path.Combine(root, FileName));
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
}
