using System.Diagnostics;
using System.Text.Json;

namespace Catalog.Benchmarks;

/// <summary>Times <c>SeedImporter.Import</c> in a child process (see <see cref="ImportChild"/>) with the garbage collector
/// the app uses (Catalog.Web is a web project, so server GC), and reads back what it measured.</summary>
public static class ImportBenchmark
{
    public static ImportMeasurement Run(string seeds, string db)
    {
        var self = typeof(ImportChild).Assembly.Location;
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", self, ImportChild.Verb, seeds, db })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_gcServer"] = "1";
        var started = Stopwatch.GetTimestamp();
        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the import process");
        var errors = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var processMs = Latencies.Since(started);
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'));
        var measurement = line is null ? null : JsonSerializer.Deserialize<ImportMeasurement>(line);
        if (measurement is null)
        {
            throw new InvalidOperationException($"the import process printed no measurement (exit {child.ExitCode}):\n{output}\n{errors.Result}");
        }

        return measurement with { ProcessMs = processMs };
    }

    /// <summary>The dotnet host that runs this benchmark, so the child runs on the same runtime.</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path
        : "dotnet";
}
