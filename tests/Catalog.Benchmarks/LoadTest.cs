using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Catalog.Benchmarks;

/// <summary>What one load run gave: <c>Urls</c> is how many different URLs it cycled through, <c>FromCache</c> how many
/// responses the app's output cache answered (they carry an Age header).</summary>
public sealed record LoadFigures(string Name, string Tool, int Connections, double Seconds, int Urls, long Requests, double RequestsPerSecond, double P50Ms, double P99Ms, long Errors, string ErrorDetail, long FromCache)
{
    /// <summary>The previous design's pages/s for the same kind of run, where the issue gives one.</summary>
    public string Previous { get; init; } = "-";
}

/// <summary>Many concurrent clients for a fixed time, cycling through a list of URLs: Debian's <c>wrk</c> when installed
/// (it does not compete with the app for the .NET thread pool), else an HttpClient loop. The clients share the list
/// evenly, each from its own starting point, so a list longer than the run's requests is asked each URL at most once;
/// responses the output cache answered are counted either way.</summary>
public static partial class LoadTest
{
    public const string Wrk = "/usr/bin/wrk";

    public static Task<LoadFigures> RunAsync(AppProcess app, string name, IReadOnlyList<string> paths, BenchmarkOptions options, string tempFolder) =>
        RunAsync(app.BaseAddress, name, paths, options, tempFolder);

    public static async Task<LoadFigures> RunAsync(Uri app, string name, IReadOnlyList<string> paths, BenchmarkOptions options, string tempFolder)
    {
        Section.Progress($"load: {name}, {options.Connections} connections, {options.LoadSeconds} s");
        return File.Exists(Wrk)
            ? await RunWrkAsync(app, name, paths, options, tempFolder)
            : await RunHttpClientAsync(app, name, paths, options);
    }

    public static void Print(string corpus, List<LoadFigures> figures, long appPeakBytes) =>
        Print(corpus, figures, [$"The app's peak resident memory over the whole HTTP run: {(appPeakBytes < 0 ? "-" : Table.MiB(appPeakBytes))}."]);

    /// <param name="corpus">The corpus, for the title.</param>
    /// <param name="figures">The runs, one row each.</param>
    /// <param name="notes">What the app's memory was over the runs, and anything else the caller measured of them.</param>
    public static void Print(string corpus, List<LoadFigures> figures, IEnumerable<string> notes)
    {
        Section.Title($"{corpus}: load on the real app");
        var table = new Table("URLs", "different URLs", "tool", "clients", "seconds", "requests", "pages/s", "p50 ms", "p99 ms", "errors", "from cache", "previous design pages/s");
        foreach (var f in figures)
        {
            table.Row(f.Name, f.Urls, f.Tool, f.Connections, Math.Round(f.Seconds, 1), f.Requests, Math.Round(f.RequestsPerSecond, 0), f.P50Ms, f.P99Ms,
                f.Errors == 0 ? "0" : $"{f.Errors} ({f.ErrorDetail})", f.FromCache < 0 ? "-" : f.FromCache, f.Previous);
        }

        table.Print();
        foreach (var note in notes)
        {
            Section.Note(note);
        }

        Section.Note("The load tool and the app share this machine's cores. A request taking over 2 s counts as an error (wrk's timeout).");
        Section.Note("from cache: responses with an Age header (the app's output cache answered). A run over more different URLs than requests asks each once.");
        Console.WriteLine();
    }

    private static async Task<LoadFigures> RunWrkAsync(Uri app, string name, IReadOnlyList<string> paths, BenchmarkOptions options, string tempFolder)
    {
        var script = Path.Combine(tempFolder, $"load-{Guid.NewGuid():N}.lua");
        var threads = Math.Max(1, Math.Min(Environment.ProcessorCount, options.Connections));
        // The URLs are read from a file of their own: a Lua table literal of 86k strings passes LuaJIT's constant limit.
        var pathsFile = Path.ChangeExtension(script, ".txt");
        await File.WriteAllLinesAsync(pathsFile, paths);
        await File.WriteAllTextAsync(script, LuaScript(pathsFile, threads));
        var start = new ProcessStartInfo(Wrk)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", options.Connections.ToString(CultureInfo.InvariantCulture),
            "-d", $"{options.LoadSeconds}s", "--timeout", "2s", "--latency", "-s", script, app.ToString().TrimEnd('/'),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("could not start wrk");
        var errorOutput = wrk.StandardError.ReadToEndAsync();
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        if (wrk.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk exited with {wrk.ExitCode}:\n{output}\n{await errorOutput}");
        }

        var requests = long.Parse(Match(RequestsIn(), output, "0"), CultureInfo.InvariantCulture);
        var seconds = Duration(Match(RequestsIn(), output, "0s", group: 2)) / 1000;
        var socket = SocketErrors().Match(output);
        var socketErrors = socket.Success ? Enumerable.Range(1, 4).Sum(i => long.Parse(socket.Groups[i].Value, CultureInfo.InvariantCulture)) : 0;
        var non2xx = long.Parse(Match(Non2xx(), output, "0"), CultureInfo.InvariantCulture);
        var detail = string.Join(", ", new[]
        {
            non2xx > 0 ? $"{non2xx} non-2xx" : null,
            socket.Success && socketErrors > 0 ? $"socket: connect {socket.Groups[1].Value}, read {socket.Groups[2].Value}, write {socket.Groups[3].Value}, timeout {socket.Groups[4].Value}" : null,
        }.OfType<string>());
        return new LoadFigures(name, "wrk", options.Connections, seconds, paths.Count, requests,
            double.Parse(Match(RequestsPerSecond(), output, "0"), CultureInfo.InvariantCulture),
            Duration(Match(Percentile50(), output, "NaNms")), Duration(Match(Percentile99(), output, "NaNms")),
            socketErrors + non2xx, detail, long.Parse(Match(CacheHits(), output, "-1"), CultureInfo.InvariantCulture));
    }

    private static async Task<LoadFigures> RunHttpClientAsync(Uri app, string name, IReadOnlyList<string> paths, BenchmarkOptions options)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections })
        {
            BaseAddress = app,
            Timeout = TimeSpan.FromSeconds(2),
        };
        var latencies = new Latencies();
        long errors = 0, fromCache = 0;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (Stopwatch.Frequency * options.LoadSeconds);
        var clients = Enumerable.Range(0, options.Connections).Select(async c =>
        {
            var mine = new List<double>();
            var next = (int)((long)c * paths.Count / options.Connections);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var t = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(new Uri(paths[next++ % paths.Count], UriKind.Relative));
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.Headers.Age is not null)
                    {
                        Interlocked.Increment(ref fromCache);
                    }

                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }

                mine.Add(Latencies.Since(t));
            }

            return mine;
        });
        foreach (var ms in (await Task.WhenAll(clients)).SelectMany(m => m))
        {
            latencies.Add(ms);
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new LoadFigures(name, "HttpClient", options.Connections, seconds, paths.Count, latencies.Count, latencies.Count / seconds,
            latencies.P50, latencies.P99, errors, errors > 0 ? "non-200 or failed" : "", fromCache);
    }

    /// <summary>Each wrk thread cycles through the paths from its own starting point, an equal share of the list apart, so
    /// threads neither ask in step nor, while the list lasts, ask what another asked. Each counts the responses that carry
    /// an Age header (the output cache answered), and the total is printed at the end.</summary>
    private static string LuaScript(string pathsFile, int threads) => string.Create(CultureInfo.InvariantCulture, $$"""
        local paths = {}
        for line in io.lines("{{pathsFile}}") do table.insert(paths, line) end
        local threads = {{threads}}
        local all_threads = {}
        function setup(thread)
          thread:set("offset", #all_threads)
          table.insert(all_threads, thread)
        end
        cached = 0
        local i = nil
        function request()
          if i == nil then i = math.floor((offset or 0) * #paths / threads) - 1 end
          i = i + 1
          return wrk.format("GET", paths[(i % #paths) + 1])
        end
        function response(status, headers, body)
          if headers["Age"] ~= nil or headers["age"] ~= nil then cached = cached + 1 end
        end
        function done(summary, latency, requests)
          local total = 0
          for _, thread in ipairs(all_threads) do total = total + thread:get("cached") end
          io.write(string.format("Answered from cache: %d\n", total))
        end

        """);

    /// <summary>wrk's durations, such as 812.00us, 1.25ms, 2.01s or 1.00m, in milliseconds.</summary>
    private static double Duration(string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success)
        {
            return double.NaN;
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "ms" => value,
            "s" => value * 1000,
            "m" => value * 60_000,
            "h" => value * 3_600_000,
            _ => double.NaN,
        };
    }

    private static string Match(Regex pattern, string text, string fallback, int group = 1)
    {
        var match = pattern.Match(text);
        return match.Success ? match.Groups[group].Value : fallback;
    }

    [GeneratedRegex(@"(\d+) requests in ([\d.]+\w+)")]
    private static partial Regex RequestsIn();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+50%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex Percentile50();

    [GeneratedRegex(@"^\s+99%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex Percentile99();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Answered from cache: (\d+)")]
    private static partial Regex CacheHits();

    [GeneratedRegex(@"^([\d.]+|NaN)(us|ms|s|m|h)$")]
    private static partial Regex DurationPattern();
}
