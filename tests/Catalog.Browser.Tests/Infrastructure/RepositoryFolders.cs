namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>Where the repository's files are, found by walking up from the test output to Catalog.sln.</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>This project's source folder: its package.json, node_modules and committed screenshots live here.</summary>
    public static string Project => Path.Combine(Root, "tests", "Catalog.Browser.Tests");

    /// <summary>The committed screenshots the README shows; replaced only with UPDATE_SCREENSHOTS=1.</summary>
    public static string Screenshots => Path.Combine(Project, "screenshots");

    /// <summary>Where each test run writes its screenshots: the build output, which git ignores.</summary>
    public static string ScreenshotOutput => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static string HtmlCheckerJar => Path.Combine(Project, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    private static string FindRoot()
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
}
