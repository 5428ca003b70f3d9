using System.Diagnostics;
using System.Text.Json;

namespace Catalog.Benchmarks;

/// <summary>Runs one of the benchmark's hidden verbs in a fresh process with the garbage collector the app uses
/// (Catalog.Web is a web project, so server GC), and reads back the one JSON line it printed. A child of its own keeps
/// what it measures (peak memory, a cold open) apart from the benchmark's heap and from the other sizes.</summary>
public static class ChildProcess
{
    public static (T Measurement, double ProcessMs) Run<T>(params string[] arguments)
    {
        var self = typeof(ChildProcess).Assembly.Location;
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(self);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_gcServer"] = "1";
        var started = Stopwatch.GetTimestamp();
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {arguments[0]}");
        var errors = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var processMs = Latencies.Since(started);
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'));
        var measurement = line is null ? default : JsonSerializer.Deserialize<T>(line);
        return measurement is null
            ? throw new InvalidOperationException($"{arguments[0]} printed no measurement (exit {child.ExitCode}):\n{output}\n{errors.Result}")
            : (measurement, processMs);
    }

    /// <summary>The dotnet host that runs this benchmark, so the child runs on the same runtime.</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path
        : "dotnet";
}
