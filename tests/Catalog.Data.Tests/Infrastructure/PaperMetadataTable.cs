namespace Catalog.Data.Tests.Infrastructure;

/// <summary>Reads the table of Reference/papers-metadata.md:
/// <c>| # | Title | arXiv | First submitted | Venue | Authors, in the paper's order |</c>.</summary>
public static class PaperMetadataTable
{
    public static IReadOnlyList<ReferencePaper> Load() => Parse(File.ReadAllText(RepositoryPaths.Reference("papers-metadata.md")));

    public static IReadOnlyList<ReferencePaper> Parse(string markdown) =>
    [
        .. markdown.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith('|'))
            .Select(line => line.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length == 6 && cells[0].All(char.IsAsciiDigit) && cells[0].Length > 0)
            .Select(cells => new ReferencePaper(
                int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture),
                cells[1],
                cells[2],
                cells[3],
                cells[4].StartsWith("none known", StringComparison.Ordinal) ? null : cells[4],
                cells[5].Split(',', StringSplitOptions.TrimEntries))),
    ];
}
