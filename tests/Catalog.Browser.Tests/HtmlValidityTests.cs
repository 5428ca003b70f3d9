using System.Diagnostics;
using System.Text.Json;
using Catalog.Browser.Tests.Infrastructure;

namespace Catalog.Browser.Tests;

/// <summary>The Nu HTML Checker (vnu.jar, from npm) finds no errors in the HTML of any kind of page.</summary>
[Collection(Audits.Name)]
public sealed class HtmlValidityTests(BrowserFixture browser) : IDisposable
{
    // Blazor's scoped CSS marks elements with attributes such as b-3xxtam6d07, which HTML does not know.
    private const string ScopedCssAttribute = ".*Attribute “b-[a-z0-9]{10}” not allowed.*";

    private readonly string _folder = Directory.CreateTempSubdirectory("catalog-vnu-").FullName;

    [HtmlCheckerFact]
    public async Task EveryKindOfPageIsValidHtml()
    {
        // Only reached with the checker missing when CI=true: say what to install rather than how java failed.
        Assert.True(Prerequisites.MissingHtmlChecker is null, Prerequisites.MissingHtmlChecker);
        using var client = new HttpClient { BaseAddress = browser.Server.BaseAddress };
        var files = new List<string>();
        foreach (var page in PageKind.All)
        {
            using var response = await client.GetAsync(new Uri(page.Url, UriKind.Relative));
            Assert.Equal(page.Status, (int)response.StatusCode);
            var file = Path.Combine(_folder, $"{page.Name}.html");
            await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
            files.Add(file);
        }

        var messages = await CheckAsync(files);

        Assert.True(messages.Count == 0, $"The Nu HTML Checker found errors:\n{string.Join('\n', messages)}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Runs vnu.jar once over every file; one JVM start is most of its time.</summary>
    private static async Task<List<string>> CheckAsync(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-jar", RepositoryFolders.HtmlCheckerJar, "--errors-only", "--format", "json", "--stdout", "--filterpattern", ScopedCssAttribute])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        var json = await output;
        Assert.True(json.TrimStart().StartsWith('{'), $"vnu.jar exited with {process.ExitCode} and no JSON report:\n{json}\n{await error}");
        using var report = JsonDocument.Parse(json);
        return [.. report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(message => message.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(Describe)];
    }

    private static string Describe(JsonElement message)
    {
        var file = message.TryGetProperty("url", out var url) ? url.GetString()![(url.GetString()!.LastIndexOf('/') + 1)..] : "?";
        var line = message.TryGetProperty("lastLine", out var last) ? last.GetInt32() : 0;
        var extract = message.TryGetProperty("extract", out var text) ? $" near “{text.GetString()?.ReplaceLineEndings(" ").Trim()}”" : "";
        return $"- {file}:{line}: {message.GetProperty("message").GetString()}{extract}";
    }
}
