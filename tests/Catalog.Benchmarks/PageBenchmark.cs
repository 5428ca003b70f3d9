using System.Diagnostics;
using System.Net;
using Catalog.Components;

namespace Catalog.Benchmarks;

/// <summary>One kind's pages over HTTP, each URL asked once. <c>FromCache</c> counts the responses the app's output cache
/// answered (they carry an Age header): zero when every URL was new to it.</summary>
public sealed record PageFigures(string Name, string Example, Latencies Latencies, int FromCache, long MaxBytes);

/// <summary>Whole pages the app has never been asked for, one request at a time, each response read to its end: for
/// every kind of the mix many different searches of that kind, and as the yardstick different paper pages. The kinds
/// and the paper pages take turns (one of each kind, then a paper page, and again), so a change in the machine's load
/// during the run falls on all of them alike.</summary>
public static class PageBenchmark
{
    public const string PaperPages = "paper page";

    /// <returns>One row per kind in the mix's order, then the paper pages.</returns>
    public static async Task<List<PageFigures>> RunAsync(AppProcess app, IReadOnlyList<KindVariants> variants, IReadOnlyList<string> paperUrls, BenchmarkOptions options)
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var urls = variants.Select(v => v.Requests.Select(CatalogUrls.Search).ToList()).Append([.. paperUrls]).ToList();
        var names = variants.Select(v => v.Kind.Name).Append(PaperPages).ToList();
        var latencies = urls.Select(_ => new Latencies()).ToList();
        var fromCache = new int[urls.Count];
        var bytes = new long[urls.Count];
        var rounds = options.WarmUp + options.Iterations;
        for (var i = 0; i < rounds; i++)
        {
            for (var k = 0; k < urls.Count; k++)
            {
                if (i >= urls[k].Count)
                {
                    continue;
                }

                // The first rounds pay the JIT and warm the connection; they are new URLs too, but not timed.
                var page = await GetAsync(client, urls[k][i]);
                if (i >= options.WarmUp)
                {
                    latencies[k].Add(page.Ms);
                    fromCache[k] += page.FromCache ? 1 : 0;
                    bytes[k] = Math.Max(bytes[k], page.Bytes);
                }
            }
        }

        return [.. names.Select((name, k) => new PageFigures(name, urls[k].Skip(options.WarmUp).FirstOrDefault() ?? "-", latencies[k], fromCache[k], bytes[k]))];
    }

    public static void Print(string corpus, List<PageFigures> figures)
    {
        var paper = figures[^1];
        Section.Title($"{corpus}: whole pages no one asked for before, over HTTP (real Catalog.Web process, one client), ms");
        var table = new Table("kind", "URLs", "first timed URL", "p50", "p95", "p99", "max", "p50 / paper page p50", "KiB", "from cache");
        foreach (var f in figures)
        {
            table.Row(f.Name, f.Latencies.Count, f.Example, f.Latencies.P50, f.Latencies.P95, f.Latencies.P99, f.Latencies.Max,
                Table.Ratio(f.Latencies.P50 / paper.Latencies.P50), Math.Round(f.MaxBytes / 1024.0, 1), f.FromCache);
        }

        table.Print();
        Section.Note("Every URL is asked exactly once since the app started (the kinds and the paper pages in turn), after a few untimed ones of each.");
        Section.Note("from cache: responses that carried an Age header, that is the app's output cache answered; it must be 0 for these figures to mean anything.");
        Console.WriteLine();
    }

    /// <summary>The ratio of the slowest kind's p50 to the paper pages' p50.</summary>
    public static (PageFigures Slowest, double Ratio) Slowest(List<PageFigures> figures)
    {
        var slowest = figures[..^1].MaxBy(f => f.Latencies.P50)!;
        return (slowest, slowest.Latencies.P50 / figures[^1].Latencies.P50);
    }

    private static async Task<(double Ms, long Bytes, bool FromCache)> GetAsync(HttpClient client, string url)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        var ms = Latencies.Since(started);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
        }

        return (ms, body.Length, response.Headers.Age is not null);
    }
}
