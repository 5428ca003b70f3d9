using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Catalog.Benchmarks;

/// <summary>The real app, Catalog.Web as built, in a process of its own on a free loopback port, serving a given catalog.
/// From the moment the process is started it asks <c>/healthz/ready</c> every few milliseconds, so the time until the
/// catalog is at full speed is measured from the start, whatever the caller waits for first.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    /// <summary>How often readiness is asked while the app starts: the resolution of <see cref="ReadyMs"/>.</summary>
    public const int ReadyPollMs = 10;

    private readonly Process _process;
    private readonly long _started;
    private readonly Queue<string> _lastLines = new();
    private readonly List<(string Line, double Ms)> _allLines = [];
    private readonly List<(string Text, TaskCompletionSource<string> Line)> _awaited = [];
    private readonly CancellationTokenSource _stopping = new();

    private AppProcess(Process process, long started, Uri baseAddress)
    {
        _process = process;
        _started = started;
        BaseAddress = baseAddress;
        ReadyMs = PollReadyAsync();
    }

    public Uri BaseAddress { get; }

    /// <summary>From the process's start to <c>/healthz/ready</c>'s first 200: the catalog open and its engine in memory.</summary>
    public Task<double> ReadyMs { get; }

    /// <summary>From the process's start to the first page it served (the home page, 200).</summary>
    public double ServingMs { get; private set; }

    /// <summary>What the app logs when its search engine is ready (SearchEngineWarmUp.DoneLine).</summary>
    public static string ReadyLine => "Search engine ready";

    public static string WebDll => Path.Combine(BenchmarkOptions.RepositoryRoot, "src", "Catalog.Web", "bin", BenchmarkOptions.Configuration, "net10.0", "Catalog.Web.dll");

    public static async Task<AppProcess> StartAsync(string db, string seeds, int? port = null, bool meaning = false)
    {
        if (!File.Exists(WebDll))
        {
            throw new FileNotFoundException($"{WebDll} not found; build it with: dotnet build src/Catalog.Web -c {BenchmarkOptions.Configuration}");
        }

        port ??= FreePort();
        var start = new ProcessStartInfo(ChildProcess.DotnetHost())
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
        // Without meaning unless asked, as the figures and targets were set: embedding 86k papers in the background takes
        // an hour of one core and the model 400 MiB. The semantic section measures that on its own; the pages section
        // turns it on over stand-in vectors already filed (RandomEmbedder.StandingInForTheModel), so nothing is embedded but queries.
        start.Environment["Catalog__Semantic"] = meaning ? "true" : "false";
        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start Catalog.Web");
        var app = new AppProcess(process, started, new Uri($"http://127.0.0.1:{port}"));
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
            if (FindLine(text) is { } written)
            {
                return written.Line;
            }

            _awaited.Add((text, line));
        }

        return await line.Task.WaitAsync(timeout);
    }

    /// <summary>The first line the app has written that holds <paramref name="text"/>, and when (ms from the process's
    /// start) the benchmark read it; null if it has not.</summary>
    public (string Line, double Ms)? FindLine(string text)
    {
        lock (_lastLines)
        {
            return _allLines.FirstOrDefault(l => l.Line.Contains(text, StringComparison.Ordinal)) is { Line: not null } found ? found : null;
        }
    }

    /// <summary>Waits until <c>/healthz/ready</c> answers 200: searches run at full speed from then on.</summary>
    public Task<double> WaitUntilReadyAsync(TimeSpan timeout) => ReadyMs.WaitAsync(timeout);

    /// <summary>The app's peak resident memory so far (VmHWM), or -1 where /proc is not there.</summary>
    public long PeakResidentBytes() => Status("VmHWM:");

    /// <summary>Starts the app's peak resident memory (VmHWM) again from what it holds now, so a later
    /// <see cref="PeakResidentBytes"/> is the peak of what came after (Linux's clear_refs); false where that cannot be done.</summary>
    public bool ResetPeakResident()
    {
        try
        {
            File.WriteAllText($"/proc/{_process.Id}/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

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
        await _stopping.CancelAsync();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _stopping.Dispose();
    }

    private async Task<double> PollReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), _stopping.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return Latencies.Since(_started);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!_stopping.IsCancellationRequested)
            {
            }

            await Task.Delay(ReadyPollMs, _stopping.Token);
        }

        throw new OperationCanceledException("the app was stopped before it was ready");
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
                    ServingMs = Latencies.Since(_started);
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

            _allLines.Add((line, Latencies.Since(_started)));
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
