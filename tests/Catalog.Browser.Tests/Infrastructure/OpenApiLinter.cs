using System.Diagnostics;
using System.Text.Json;

namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>Redocly's OpenAPI linter (@redocly/cli, from this project's npm folder) with its recommended rules.</summary>
public static class OpenApiLinter
{
    private static readonly string s_cli = Path.Combine(RepositoryFolders.Project, "node_modules", "@redocly", "cli", "bin", "cli.js");

    /// <summary>Null when node and the linter are there, or says how to install them.</summary>
    public static string? Missing { get; } = File.Exists(s_cli)
        ? null
        : $"Redocly's linter is missing ({s_cli}): install Node.js and run `npm ci` in {RepositoryFolders.Project}.";

    /// <summary>The linter's problems with the document, each as "severity rule: message at pointer".</summary>
    public static async Task<IReadOnlyList<string>> LintAsync(string document)
    {
        Assert.True(Missing is null, Missing);
        var file = Path.Combine(Path.GetTempPath(), $"openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, document);
        try
        {
            var start = new ProcessStartInfo("node", [s_cli, "lint", "--format=json", file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = RepositoryFolders.Project,
            };
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            var text = await output;
            Assert.True(text.TrimStart().StartsWith('{'), $"redocly lint printed no report (exit {node.ExitCode}):\n{text}\n{await errors}");
            using var report = JsonDocument.Parse(text);
            return [.. report.RootElement.GetProperty("problems").EnumerateArray().Select(Describe)];
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Describe(JsonElement problem)
    {
        var where = problem.TryGetProperty("location", out var locations) && locations.GetArrayLength() > 0
            ? locations[0].GetProperty("pointer").GetString()
            : "";
        return $"{problem.GetProperty("severity").GetString()} {problem.GetProperty("ruleId").GetString()}: {problem.GetProperty("message").GetString()} at {where}";
    }
}
