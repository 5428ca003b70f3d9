namespace Catalog.Data.Seeds;

/// <summary>A seeds folder opened for streaming: INDEX.md and people.yaml are read and checked up front, then the paper
/// files are parsed in parallel, in catalog order, a batch at a time, so memory stays flat however many there are.</summary>
public sealed class SeedFolder
{
    private const int BatchSize = 1024;
    private static readonly int s_parsers = Math.Max(1, Environment.ProcessorCount - 1);
    private readonly string _root;
    private readonly DisplayPaths _display;
    private readonly SeedFileReader _reader;

    private SeedFolder(string root, DisplayPaths display, SeedFileReader reader, SeedIndex? index, List<string> files, PeopleDirectory people, List<SeedProblem> problems)
    {
        _root = root;
        _display = display;
        _reader = reader;
        Index = index;
        Files = files;
        People = people;
        Problems = problems;
    }

    /// <summary>The parsed INDEX.md, or null when it is missing or unusable (see <see cref="Problems"/>).</summary>
    public SeedIndex? Index { get; }

    /// <summary>The paper files INDEX.md links to, as full paths, in catalog order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The people of people.yaml; empty when the folder has none.</summary>
    public PeopleDirectory People { get; }

    /// <summary>Problems found in INDEX.md, its links and people.yaml.</summary>
    public IReadOnlyList<SeedProblem> Problems { get; }

    public static SeedFolder Open(string seedsDir)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(seedsDir));
        var display = new DisplayPaths(root);
        var reader = new SeedFileReader(root);
        var (index, files, problems) = IndexFileReader.Read(root, reader, display);
        var people = index is null ? PeopleDirectory.Empty : PeopleFileReader.Read(root, reader, display, problems);
        return new SeedFolder(root, display, reader, index, files, people, problems);
    }

    /// <summary>Each paper file parsed, with its problems, in catalog order. The next batch is parsed on the thread pool
    /// while the caller works through the current one.</summary>
    public IEnumerable<(SeedPaper? Paper, List<SeedProblem> Problems)> ParsePapers()
    {
        var batches = Files.Chunk(BatchSize).GetEnumerator();
        var next = batches.MoveNext() ? ParseBatchAsync(batches.Current) : null;
        while (next is not null)
        {
            var current = next.GetAwaiter().GetResult();
            next = batches.MoveNext() ? ParseBatchAsync(batches.Current) : null;
            foreach (var parsed in current)
            {
                yield return parsed;
            }
        }
    }

    /// <summary>Warnings for Markdown files in the folder that INDEX.md does not list.</summary>
    public IEnumerable<SeedProblem> UnlistedFiles()
    {
        var listed = Files.ToHashSet(StringComparer.Ordinal);
        var unlisted = Directory.EnumerateFiles(_root, "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetDirectoryName(f) != _root || !IsFolderDocument(Path.GetFileName(f)))
            .Where(f => !listed.Contains(f))
            .Order(StringComparer.Ordinal);
        return unlisted.Select(file => new SeedProblem(_display.Of(file), 1, "not listed in INDEX.md, so it is not imported", ProblemSeverity.Warning));
    }

    private static bool IsFolderDocument(string name) =>
        name.Equals(IndexFileReader.FileName, StringComparison.OrdinalIgnoreCase) || name.Equals("README.md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses on all cores but one: the catalog writer and the full-text indexer need CPU too while papers
    /// stream in (86k papers on two cores: 9.0 s with one parsing thread, 10.7 s with two).</summary>
    private Task<(SeedPaper? Paper, List<SeedProblem> Problems)[]> ParseBatchAsync(string[] files) =>
        Task.Run(() => files.AsParallel().AsOrdered().WithDegreeOfParallelism(s_parsers)
            .Select(file => PaperFileReader.Read(file, _display.Of(file), _reader, People)).ToArray());
}
