using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Catalog.Benchmarks;

/// <summary>What one load run gave.</summary>
public sealed record LoadFigures(string Name, string Tool, int Connections, double Seconds, long Requests, double RequestsPerSecond, double P50Ms, double P99Ms, long Errors, string ErrorDetail);

/// <summary>Many concurrent clients for a fixed time, cycling through a list of URLs: Debian's <c>wrk</c> when installed
/// (it does not compete with the app for the .NET thread pool), else an HttpClient loop.</summary>
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

    public static void Print(string corpus, List<LoadFigures> figures, long appPeakBytes)
    {
        Section.Title($"{corpus}: load on the real app");
        var table = new Table("URLs", "tool", "clients", "seconds", "requests", "pages/s", "p50 ms", "p99 ms", "errors");
        foreach (var f in figures)
        {
            table.Row(f.Name, f.Tool, f.Connections, Math.Round(f.Seconds, 1), f.Requests, Math.Round(f.RequestsPerSecond, 0), f.P50Ms, f.P99Ms,
                f.Errors == 0 ? "0" : $"{f.Errors} ({f.ErrorDetail})");
        }

        table.Print();
        Section.Note($"The app's peak resident memory over the whole HTTP run: {(appPeakBytes < 0 ? "-" : Table.MiB(appPeakBytes))}.");
        Section.Note("The load tool and the app share this machine's cores. A request taking over 2 s counts as an error (wrk's timeout).");
        Console.WriteLine();
    }

    private static async Task<LoadFigures> RunWrkAsync(Uri app, string name, IReadOnlyList<string> paths, BenchmarkOptions options, string tempFolder)
    {
        var script = Path.Combine(tempFolder, $"load-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, LuaScript(paths));
        var threads = Math.Max(1, Math.Min(Environment.ProcessorCount, options.Connections));
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
        return new LoadFigures(name, "wrk", options.Connections, seconds, requests,
            double.Parse(Match(RequestsPerSecond(), output, "0"), CultureInfo.InvariantCulture),
            Duration(Match(Percentile50(), output, "NaNms")), Duration(Match(Percentile99(), output, "NaNms")),
            socketErrors + non2xx, detail);
    }

    private static async Task<LoadFigures> RunHttpClientAsync(Uri app, string name, IReadOnlyList<string> paths, BenchmarkOptions options)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections })
        {
            BaseAddress = app,
            Timeout = TimeSpan.FromSeconds(2),
        };
        var latencies = new Latencies();
        long errors = 0;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (Stopwatch.Frequency * options.LoadSeconds);
        var clients = Enumerable.Range(0, options.Connections).Select(async c =>
        {
            var mine = new List<double>();
            var next = c * Math.Max(1, paths.Count / options.Connections);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var t = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(new Uri(paths[next++ % paths.Count], UriKind.Relative));
                    await response.Content.ReadAsByteArrayAsync();
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
        return new LoadFigures(name, "HttpClient", options.Connections, seconds, latencies.Count, latencies.Count / seconds,
            latencies.P50, latencies.P99, errors, errors > 0 ? "non-200 or failed" : "");
    }

    /// <summary>Each wrk thread cycles through the paths from its own starting point, so threads do not ask in step.</summary>
    private static string LuaScript(IReadOnlyList<string> paths)
    {
        var lua = new StringBuilder("local paths = {\n");
        foreach (var path in paths)
        {
            lua.Append("  \"").Append(path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\",\n");
        }

        lua.Append("""
            }
            local next_thread = 0
            function setup(thread)
              thread:set("offset", next_thread)
              next_thread = next_thread + 1
            end
            local i = nil
            function request()
              if i == nil then i = (offset or 0) * 7919 end
              i = i + 1
              return wrk.format("GET", paths[(i % #paths) + 1])
            end

            """);
        return lua.ToString();
    }

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

    [GeneratedRegex(@"^([\d.]+|NaN)(us|ms|s|m|h)$")]
    private static partial Regex DurationPattern();
}
