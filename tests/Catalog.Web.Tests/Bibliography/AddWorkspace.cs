using Catalog.Web.Commands;

namespace Catalog.Web.Tests.Bibliography;

/// <summary>A temporary folder holding a copy of the repository's ten seeds (or an empty seeds folder) and the input
/// files of one test; <see cref="AddAsync(AddRequest)"/> runs the add command in this process and keeps what it printed.</summary>
public sealed class AddWorkspace : IDisposable
{
    public AddWorkspace(bool withTenSeeds = true)
    {
        Folder = Directory.CreateTempSubdirectory("catalog-add-tests-").FullName;
        Seeds = Path.Combine(Folder, "seeds");
        if (withTenSeeds)
        {
            Copy(Path.Combine(RepositoryRoot(), "seeds"), Seeds);
        }
    }

    public string Folder { get; }

    public string Seeds { get; }

    public string Output { get; private set; } = "";

    public string Error { get; private set; } = "";

    /// <summary>Writes an input file into the folder; returns its name, which <see cref="AddAsync(AddRequest)"/> finds
    /// (it reads from the folder), so problems name it as a person typing it would.</summary>
    public string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(Folder, name), text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return name;
    }

    public async Task<int> AddAsync(AddRequest request)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AddCommand.RunAsync(request with { Folder = Folder }, output, error, CancellationToken.None);
        (Output, Error) = (output.ToString(), error.ToString());
        return code;
    }

    public Task<int> AddAsync(params string[] files) => AddAsync(new AddRequest(files, Seeds));

    /// <summary>Every file of the seeds folder with its bytes, to show that nothing changed.</summary>
    public Dictionary<string, string> Snapshot() =>
        Directory.Exists(Seeds)
            ? Directory.EnumerateFiles(Seeds, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(Seeds, f), File.ReadAllText)
            : [];

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Catalog.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Catalog.sln above {AppContext.BaseDirectory}");
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
