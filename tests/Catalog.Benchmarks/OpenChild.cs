using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Catalog.Data.Search;
using Catalog.Data.Store;

namespace Catalog.Benchmarks;

/// <summary>The benchmark's hidden verb <c>--open-child DB ITERATIONS WARMUP</c>: in a fresh process, opens the catalog
/// as the app does (a <see cref="CatalogDatabase"/> and its <see cref="SearchEngines"/> warm-up) and times it until the
/// engine is ready; then times the first search, measures the process's resident memory, and, on a settled heap, times
/// the growth table's kinds (<see cref="GrowthKinds"/>). Printed as one JSON line.</summary>
public static class OpenChild
{
    public const string Verb = "--open-child";

    public static bool IsRequested(string[] args) => args.Length == 4 && args[0] == Verb;

    public static string[] Arguments(string db, int iterations, int warmUp) =>
        [Verb, db, iterations.ToString(CultureInfo.InvariantCulture), warmUp.ToString(CultureInfo.InvariantCulture)];

    public static int Run(string[] args)
    {
        var iterations = int.Parse(args[2], CultureInfo.InvariantCulture);
        var warmUp = int.Parse(args[3], CultureInfo.InvariantCulture);
        var started = Stopwatch.GetTimestamp();
        var database = new CatalogDatabase(args[1]);
        var engines = new SearchEngines(database);
        var engine = engines.WarmUpAsync().GetAwaiter().GetResult();
        var openMs = Latencies.Since(started);

        var kinds = GrowthKinds.For(database);
        started = Stopwatch.GetTimestamp();
        new PaperSearch(database, engines).Search(kinds[0].Request);
        var firstSearchMs = Latencies.Since(started);
        var residentAfterOpen = Machine.ResidentBytes();
        Machine.SettleHeap();

        var timings = new List<KindTiming>();
        foreach (var kind in iterations > 0 ? kinds : [])
        {
            var latencies = new Latencies();
            long hits = 0;
            for (var i = 0; i < warmUp + iterations; i++)
            {
                var t = Stopwatch.GetTimestamp();
                hits = new PaperSearch(database, engines).Search(kind.Request).Total;
                if (i >= warmUp)
                {
                    latencies.Add(Latencies.Since(t));
                }
            }

            timings.Add(new KindTiming(kind.Name, kind.Request.Query ?? "", kind.Filters, hits, latencies.P50, latencies.P99));
        }

        Console.WriteLine(JsonSerializer.Serialize(new OpenMeasurement(
            openMs,
            engine.BuildTime.TotalMilliseconds,
            engine.DocumentCount,
            engine.TermCount,
            engine.Bytes,
            firstSearchMs,
            residentAfterOpen,
            Machine.ResidentBytes(),
            Machine.ResidentBytes(peak: true),
            timings)));
        return 0;
    }
}

/// <summary>One kind's timing in <see cref="OpenChild"/>.</summary>
public sealed record KindTiming(string Name, string Query, string Filters, long Hits, double P50, double P99);

/// <summary>A catalog opened in a fresh process, as <see cref="OpenChild"/> saw it: <c>OpenMs</c> from the start of opening
/// the catalog to its search engine being ready (JIT included, as at the app's start); <c>EngineBuildMs</c> the engine's
/// own figure for building or loading its structures; resident memory (VmRSS) once the engine is ready and one search has
/// run, and again after the timed searches; <c>PeakResidentBytes</c> the most the process held (VmHWM), opening included.</summary>
public sealed record OpenMeasurement(
    double OpenMs,
    double EngineBuildMs,
    int Papers,
    int Terms,
    long EngineBytes,
    double FirstSearchMs,
    long ResidentAfterOpenBytes,
    long ResidentBytes,
    long PeakResidentBytes,
    IReadOnlyList<KindTiming> Kinds);
