using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Catalog.Benchmarks;

/// <summary>The real app, Catalog.Web as built, in a process of its own on a free loopback port, serving a given catalog.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private readonly List<string> _allLines = [];
    private readonly List<(string Text, TaskCompletionSource<string> Line)> _awaited = [];

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the app logs when its search engine is ready (SearchEngineWarmUp.DoneLine).</summary>
    public static string WarmedUpLine => "Search engine ready";

    public static string WebDll => Path.Combine(BenchmarkOptions.RepositoryRoot, "src", "Catalog.Web", "bin", BenchmarkOptions.Configuration, "net10.0", "Catalog.Web.dll");

    public static async Task<AppProcess> StartAsync(string db, string seeds, int? port = null)
    {
        if (!File.Exists(WebDll))
        {
            throw new FileNotFoundException($"{WebDll} not found; build it with: dotnet build src/Catalog.Web -c {BenchmarkOptions.Configuration}");
        }

        port ??= FreePort();
        var start = new ProcessStartInfo(ImportBenchmark.DotnetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(WebDll),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", WebDll, "--urls", $"http://127.0.0.1:{port}", "--db", db, "--seeds", seeds })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start Catalog.Web");
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilServingAsync();
        return app;
    }

    /// <summary>The first line the app has written, or writes, that holds <paramref name="text"/>.</summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan timeout)
    {
        var line = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lastLines)
        {
            if (_allLines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } written)
            {
                return written;
            }

            _awaited.Add((text, line));
        }

        return await line.Task.WaitAsync(timeout);
    }

    /// <summary>The app's peak resident memory so far (VmHWM), or -1 where /proc is not there.</summary>
    public long PeakResidentBytes() => Status("VmHWM:");

    /// <summary>The app's resident memory now (VmRSS), or -1 where /proc is not there.</summary>
    public long ResidentBytes() => Status("VmRSS:");

    /// <summary>Stops the app as a service manager would, with SIGTERM: Kestrel stops accepting and finishes what it has.</summary>
    public async Task StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilServingAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 120);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Catalog.Web exited with {_process.ExitCode}:\n{string.Join('\n', _lastLines)}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Catalog.Web did not answer within 120 s:\n{string.Join('\n', _lastLines)}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            foreach (var awaited in _awaited.Where(a => line.Contains(a.Text, StringComparison.Ordinal)))
            {
                awaited.Line.TrySetResult(line);
            }

            _allLines.Add(line);
            _lastLines.Enqueue(line);
            while (_lastLines.Count > 40)
            {
                _lastLines.Dequeue();
            }
        }
    }

    private long Status(string key)
    {
        var status = $"/proc/{_process.Id}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) : null;
        return line is not null && long.TryParse(line[key.Length..].Trim().Split(' ')[0], out var kb) ? kb * 1024 : -1;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
