using System.Diagnostics;
using System.Text.Json;

namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>The programs that read citation files as reference managers do, run through citations.mjs: Better BibTeX's
/// parser (@retorquere/bibtex-parser) and citeproc-js, both from this project's npm folder.</summary>
public static class CitationTools
{
    private static readonly string s_script = Path.Combine(RepositoryFolders.Project, "citations.mjs");

    /// <summary>Null when node and the npm packages are there, or says how to install them.</summary>
    public static string? Missing { get; } = FindMissing();

    /// <summary>What Better BibTeX's parser makes of a BibTeX file: { errors, entries: [{ type, key, fields }] }.</summary>
    public static Task<JsonDocument> ParseBibTexAsync(string bib) => RunAsync("bibtex", bib);

    /// <summary>citeproc-js's APA bibliography of CSL-JSON items: { bibliography: ["…"], errors }.</summary>
    public static Task<JsonDocument> RenderCslAsync(string cslJson) => RunAsync("csl", cslJson);

    private static async Task<JsonDocument> RunAsync(string mode, string input)
    {
        Assert.True(Missing is null, Missing);
        var start = new ProcessStartInfo("node", [s_script, mode])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryFolders.Project,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        await node.StandardInput.WriteAsync(input);
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, $"node citations.mjs {mode} failed:\n{await errors}");
        return JsonDocument.Parse(await output);
    }

    private static string? FindMissing()
    {
        var packages = Path.Combine(RepositoryFolders.Project, "node_modules");
        return Directory.Exists(Path.Combine(packages, "@retorquere", "bibtex-parser")) && Directory.Exists(Path.Combine(packages, "citeproc"))
            ? null
            : $"The citation readers are missing ({packages}): install Node.js and run `npm ci` in {RepositoryFolders.Project}.";
    }
}
