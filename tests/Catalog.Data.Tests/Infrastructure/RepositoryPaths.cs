namespace Catalog.Data.Tests.Infrastructure;

/// <summary>Where the real seeds, the reference files and the fixture seeds folders are, wherever the tests run from.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding Catalog.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Reference(string fileName) => Path.Combine(Root, "tests", "Catalog.Data.Tests", "Reference", fileName);

    /// <summary>A fixture seeds folder, as copied beside the test assembly.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Catalog.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Catalog.sln.");
    }
}
