using Catalog.Data.Records;
using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>What a seeds folder already holds, for adding to it: its papers with their files, its people, and every id
/// taken (a paper's, or a file's name in papers/ that INDEX.md does not list). An empty or missing folder holds nothing;
/// a folder whose INDEX.md cannot be read is a problem, since a list cannot be added to it.</summary>
public sealed class ExistingSeeds
{
    private readonly HashSet<string> _ids = new(StringComparer.OrdinalIgnoreCase);

    private ExistingSeeds(string root, IReadOnlyList<ExistingPaper> papers, PeopleDirectory people, IReadOnlyList<SeedProblem> problems)
    {
        Root = root;
        Papers = papers;
        People = people;
        Problems = problems;
        foreach (var paper in papers)
        {
            _ids.Add(paper.Paper.Id);
        }

        var papersDir = Path.Combine(root, SeedFolderWriter.PapersFolder);
        if (Directory.Exists(papersDir))
        {
            foreach (var file in Directory.EnumerateFiles(papersDir, "*.md"))
            {
                _ids.Add(Path.GetFileNameWithoutExtension(file));
            }
        }
    }

    public string Root { get; }

    public IReadOnlyList<ExistingPaper> Papers { get; }

    public PeopleDirectory People { get; }

    /// <summary>Errors that stop an add: an INDEX.md that is there but cannot be read.</summary>
    public IReadOnlyList<SeedProblem> Problems { get; }

    public bool IsTaken(string id) => _ids.Contains(id);

    public static ExistingSeeds Read(string seedsDir)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(seedsDir));
        if (!File.Exists(Path.Combine(root, IndexFileReader.FileName)))
        {
            return new ExistingSeeds(root, [], PeopleDirectory.Empty, []);
        }

        var folder = SeedFolder.Open(root);
        if (folder.Index is null)
        {
            return new ExistingSeeds(root, [], PeopleDirectory.Empty, [.. folder.Problems.Where(p => p.IsError)]);
        }

        var papers = new List<ExistingPaper>();
        using var files = folder.Files.GetEnumerator();
        foreach (var (paper, _) in folder.ParsePapers())
        {
            files.MoveNext();
            if (paper is not null)
            {
                papers.Add(new ExistingPaper(paper, files.Current, Path.GetRelativePath(root, files.Current).Replace('\\', '/')));
            }
        }

        return new ExistingSeeds(root, papers, folder.People, []);
    }
}
