using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Catalog.Web.Tests.Infrastructure;

/// <summary>citation-js, run by node on BibTeX files: tests/Catalog.Web.Tests/CitationJs/read-bibtex.mjs prints the
/// CSL-JSON items it reads from each file.</summary>
public static class CitationJs
{
    public static string Folder => Path.Combine(RepositoryRoot(), "tests", "Catalog.Web.Tests", "CitationJs");

    /// <summary>What is missing to run it, or null.</summary>
    public static string? Missing()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@citation-js", "plugin-bibtex")))
        {
            return $"citation-js is not installed: run `npm ci` in {Folder} (node 20)";
        }

        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            node!.WaitForExit(10_000);
            return node.ExitCode == 0 ? null : "node does not run";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "node is not installed (apt-get install nodejs npm)";
        }
    }

    /// <summary>The items citation-js reads from each file, by the file's path relative to <see cref="Folder"/>.</summary>
    public static async Task<JsonObject> ReadAsync(IEnumerable<string> relativePaths)
    {
        if (Missing() is { } missing)
        {
            throw new InvalidOperationException(missing);
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("read-bibtex.mjs");
        foreach (var path in relativePaths)
        {
            start.ArgumentList.Add(path);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"citation-js failed: {await error}");
        }

        return JsonNode.Parse(await output)!.AsObject();
    }

    private static string RepositoryRoot()
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
