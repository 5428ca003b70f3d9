using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>Zotero's own translation-server (the code behind Zotero's "Save to Zotero" and its file import), run as a
/// separate node process on 127.0.0.1: it is AGPL-3.0, so the tests only talk to it over HTTP. CI installs it into
/// <see cref="Folder"/> with ../shared/tools/zotero/setup.sh before the tests run.</summary>
public sealed class ZoteroTranslationServer : IAsyncLifetime, IDisposable
{
    /// <summary>Where .ci/run installs it: tests/Catalog.Browser.Tests/.zotero.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryFolders.Project, ".zotero");

    /// <summary>Null when the server is installed, or says how to install it.</summary>
    public static string? Missing { get; } = File.Exists(Path.Combine(Folder, "src", "server.js")) && Directory.Exists(Path.Combine(Folder, "node_modules"))
        ? null
        : $"Zotero's translation-server is not installed in {Folder}: run `bash ../shared/tools/zotero/setup.sh {Folder}` from the repository root (about 30 s; .ci/run does it).";

    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly StringBuilder _log = new();
    private Process? _node;

    public async Task InitializeAsync()
    {
        if (Missing is not null)
        {
            return;
        }

        var port = FreePort();
        var start = new ProcessStartInfo("node", [Path.Combine("src", "server.js")])
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NODE_CONFIG"] = $$"""{"host":"127.0.0.1","port":{{port}}}""";
        _node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var listening = new TaskCompletionSource();
        _node.OutputDataReceived += (_, line) => Note(line.Data, listening);
        _node.ErrorDataReceived += (_, line) => Note(line.Data, listening);
        _node.BeginOutputReadLine();
        _node.BeginErrorReadLine();
        if (await Task.WhenAny(listening.Task, Task.Delay(TimeSpan.FromSeconds(90))) != listening.Task)
        {
            throw new InvalidOperationException($"Zotero's translation-server did not start listening:\n{Log}");
        }

        _client.BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>What the server has printed, for a failing test's message.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The items Zotero saves from a page (its "Save to Zotero" button): one item, or, for a page that offers
    /// several (a 300 answer with the choices), every one of them, chosen all at once as a person would.</summary>
    public async Task<IReadOnlyList<JsonElement>> SaveAsync(Uri page)
    {
        using var asked = await _client.PostAsync(new Uri("web", UriKind.Relative), new StringContent(page.AbsoluteUri, Encoding.UTF8, "text/plain"));
        var answer = await asked.Content.ReadAsStringAsync();
        if (asked.StatusCode == HttpStatusCode.MultipleChoices)
        {
            using var chosen = await _client.PostAsync(new Uri("web", UriKind.Relative), new StringContent(answer, Encoding.UTF8, "application/json"));
            return await ItemsAsync(chosen, $"choosing every item of {page}");
        }

        return Items(asked.StatusCode, answer, $"saving {page}");
    }

    /// <summary>How many items a page offers: 1 for a page of one item, the number of choices for a list.</summary>
    public async Task<IReadOnlyList<string>> ChoicesAsync(Uri page)
    {
        using var asked = await _client.PostAsync(new Uri("web", UriKind.Relative), new StringContent(page.AbsoluteUri, Encoding.UTF8, "text/plain"));
        var answer = await asked.Content.ReadAsStringAsync();
        Assert.True(asked.StatusCode == HttpStatusCode.MultipleChoices, $"{page} offers no choice of items ({(int)asked.StatusCode}):\n{answer}");
        using var choices = JsonDocument.Parse(answer);
        return [.. choices.RootElement.GetProperty("items").EnumerateObject().Select(item => item.Value.GetString()!)];
    }

    /// <summary>The items Zotero imports from a file, and the translator it chose.</summary>
    public async Task<(IReadOnlyList<JsonElement> Items, string Translator)> ImportAsync(string file)
    {
        using var imported = await _client.PostAsync(new Uri("import", UriKind.Relative), new StringContent(file, Encoding.UTF8, "text/plain"));
        var translator = imported.Headers.TryGetValues("Zotero-Translator-ID", out var ids) ? ids.Single() : "";
        return (await ItemsAsync(imported, "importing a file"), translator);
    }

    public async Task DisposeAsync()
    {
        if (_node is { HasExited: false })
        {
            _node.Kill(entireProcessTree: true);
            await _node.WaitForExitAsync();
        }

        Dispose();
    }

    public void Dispose()
    {
        _client.Dispose();
        _node?.Dispose();
    }

    private async Task<IReadOnlyList<JsonElement>> ItemsAsync(HttpResponseMessage response, string what) =>
        Items(response.StatusCode, await response.Content.ReadAsStringAsync(), what);

    private IReadOnlyList<JsonElement> Items(HttpStatusCode status, string answer, string what)
    {
        Assert.True(status == HttpStatusCode.OK, $"Zotero answered {(int)status} {what}:\n{answer}\n{Log}");
        using var items = JsonDocument.Parse(answer);
        return [.. items.RootElement.EnumerateArray().Select(item => item.Clone())];
    }

    private void Note(string? line, TaskCompletionSource listening)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }

        if (line.Contains("Listening on", StringComparison.Ordinal))
        {
            listening.TrySetResult();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
