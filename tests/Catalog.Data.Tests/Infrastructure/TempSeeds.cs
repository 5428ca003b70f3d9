using Catalog.Data.Import;
using Catalog.Data.Store;

namespace Catalog.Data.Tests.Infrastructure;

/// <summary>A copy of a seeds folder in a temp folder, with a catalog file path beside it, for tests that change
/// seeds or import them. The copy keeps the folder's name, since problems name files from it.</summary>
public sealed class TempSeeds : IDisposable
{
    private readonly TempFolder _folder = new();

    private TempSeeds(string name)
    {
        Dir = Path.Combine(_folder.Path, name);
        DbPath = Path.Combine(_folder.Path, "catalog.db");
        Directory.CreateDirectory(Dir);
    }

    /// <summary>The seeds folder.</summary>
    public string Dir { get; }

    /// <summary>The folder holding the seeds folder and the catalog file.</summary>
    public string Parent => _folder.Path;

    public string DbPath { get; }

    public static TempSeeds FromFixture(string name)
    {
        var seeds = new TempSeeds(name);
        CopyDirectory(RepositoryPaths.Fixture(name), seeds.Dir);
        return seeds;
    }

    public static TempSeeds FromRealSeeds()
    {
        var seeds = new TempSeeds("seeds");
        CopyDirectory(RepositoryPaths.Seeds, seeds.Dir);
        return seeds;
    }

    public static TempSeeds Empty(string name) => new(name);

    /// <summary>A seeds folder of generated papers: papers/{id}.md for each, and an INDEX.md listing them in the order given.</summary>
    public static TempSeeds Generated(string name, IEnumerable<(string Id, string Text)> papers)
    {
        var seeds = new TempSeeds(name);
        var index = new System.Text.StringBuilder($"# {name}\n\n");
        foreach (var (id, text) in papers)
        {
            seeds.Write($"papers/{id}.md", text);
            index.Append(System.Globalization.CultureInfo.InvariantCulture, $"- [{id}](papers/{id}.md)\n");
        }

        seeds.Write("INDEX.md", index.ToString());
        return seeds;
    }

    public string PathOf(string relative) => Path.Combine(Dir, relative);

    public void Write(string relative, string text) => WriteBytes(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public string ReadText(string relative) => File.ReadAllText(PathOf(relative));

    public void Replace(string relative, string oldText, string newText)
    {
        var text = ReadText(relative);
        Assert.Contains(oldText, text);
        Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Delete(string relative) => File.Delete(PathOf(relative));

    public SeedReadResult Read() => SeedReading.Read(Dir);

    public ImportResult Import() => SeedImporter.Import(Dir, DbPath);

    public ImportResult Check() => SeedImporter.Check(Dir);

    public CatalogDatabase Database() => new(DbPath);

    public void Dispose() => _folder.Dispose();

    private static void CopyDirectory(string from, string to)
    {
        Assert.True(Directory.Exists(from), $"missing seeds folder {from}");
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
