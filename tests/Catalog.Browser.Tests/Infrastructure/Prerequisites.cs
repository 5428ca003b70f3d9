namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>The programs these tests drive but cannot install themselves. Each property is null when the program is
/// there, or says how to install it. Outside CI a missing program skips its tests; in CI (CI=true) they fail instead,
/// since a CI run that skipped them would pass without having looked at a page.</summary>
public static class Prerequisites
{
    /// <summary>Debian's chromium: Playwright drives it instead of a browser download, which cannot happen here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool IsCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? MissingChromium { get; } = File.Exists(ChromiumPath)
        ? null
        : $"Chromium is not installed at {ChromiumPath}: install it with `sudo apt-get install -y chromium`, then run `dotnet test` again.";

    public static string? MissingHtmlChecker { get; } = FindMissingHtmlChecker();

    public static string? SkipReason(string? missing) => missing is not null && !IsCi ? $"{missing} (skipped; with CI=true this fails)" : null;

    private static string? FindMissingHtmlChecker()
    {
        if (FindOnPath("java") is null)
        {
            return "Java is not installed, and the Nu HTML Checker runs on it: install it with `sudo apt-get install -y default-jre-headless`.";
        }

        return File.Exists(RepositoryFolders.HtmlCheckerJar)
            ? null
            : $"The Nu HTML Checker is missing ({RepositoryFolders.HtmlCheckerJar}): run `npm ci` in {RepositoryFolders.Project}.";
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
