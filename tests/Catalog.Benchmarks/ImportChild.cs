using System.Diagnostics;
using System.Text.Json;
using Catalog.Data.Import;

namespace Catalog.Benchmarks;

/// <summary>The benchmark's hidden verb <c>--import-child SEEDS DB</c>: one import in a fresh process, printed as one
/// JSON line, so that the peak memory measured is the import's and not the benchmark's.</summary>
public static class ImportChild
{
    public const string Verb = "--import-child";

    public static bool IsRequested(string[] args) => args.Length == 3 && args[0] == Verb;

    public static int Run(string[] args)
    {
        var before = Machine.ResidentBytes();
        var started = Stopwatch.GetTimestamp();
        var result = SeedImporter.Import(args[1], args[2]);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var measurement = new ImportMeasurement(
            result.Succeeded,
            result.Papers,
            result.Authors,
            result.Errors.Count(),
            result.Errors.Take(5).Select(e => e.ToString()).ToArray(),
            elapsed.TotalMilliseconds,
            before,
            Machine.ResidentBytes(peak: true),
            GC.GetTotalAllocatedBytes(precise: true),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration().TotalMilliseconds,
            System.Runtime.GCSettings.IsServerGC);
        Console.WriteLine(JsonSerializer.Serialize(measurement));
        return result.Succeeded ? 0 : 1;
    }
}

/// <summary>One import as the child process saw it.</summary>
public sealed record ImportMeasurement(
    bool Succeeded,
    int Papers,
    int Authors,
    int Errors,
    string[] FirstErrors,
    double ImportMs,
    long ResidentBeforeBytes,
    long PeakResidentBytes,
    long AllocatedBytes,
    int Gen2Collections,
    double GcPauseMs,
    bool ServerGc)
{
    /// <summary>The whole child process, start-up and exit included.</summary>
    public double ProcessMs { get; init; }
}
