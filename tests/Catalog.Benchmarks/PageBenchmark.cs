using System.Diagnostics;
using System.Net;
using Catalog.Components;
using Catalog.Data.Search;

namespace Catalog.Benchmarks;

/// <summary>One kind's whole results page over HTTP: the first request (the app has not seen the search), then repeats.</summary>
public sealed record PageFigures(string Name, string Url, double FirstMs, Latencies Repeat, long Bytes);

/// <summary>Asks the running app for whole results pages, one request at a time, reading each response to its end.</summary>
public static class PageBenchmark
{
    public static async Task<List<PageFigures>> RunAsync(AppProcess app, IReadOnlyList<QueryKind> mix, IReadOnlyList<string> words, BenchmarkOptions options)
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        await GetAsync(client, CatalogUrls.Search(new SearchRequest { Query = "neural network", Year = 2024 }));
        var figures = new List<PageFigures>();
        foreach (var kind in mix)
        {
            var url = CatalogUrls.Search(kind.Request);
            var (first, bytes) = await GetAsync(client, url);
            var repeat = new Latencies();
            for (var i = 0; i < options.WarmUp + options.Iterations; i++)
            {
                var (ms, _) = await GetAsync(client, url);
                if (i >= options.WarmUp)
                {
                    repeat.Add(ms);
                }
            }

            figures.Add(new PageFigures(kind.Name, url, first, repeat, bytes));
        }

        // Searches no one made before: each word once, spread over the alphabet, so the app's result cache cannot answer.
        var distinct = new Latencies();
        long distinctBytes = 0;
        var step = Math.Max(1, words.Count / options.Iterations);
        foreach (var word in words.Where((_, i) => i % step == 0).Take(options.Iterations))
        {
            var (ms, bytes) = await GetAsync(client, CatalogUrls.SearchFor(word));
            distinct.Add(ms);
            distinctBytes = Math.Max(distinctBytes, bytes);
        }

        figures.Add(new PageFigures(FormattableString.Invariant($"{distinct.Count} distinct words"), "/papers?q=WORD", distinct.P50, distinct, distinctBytes));
        return figures;
    }

    public static void Print(string corpus, List<PageFigures> figures)
    {
        Section.Title($"{corpus}: whole results pages over HTTP (real Catalog.Web process, one client), ms");
        var table = new Table("kind", "first", "p50", "p95", "p99", "max", "KiB");
        foreach (var f in figures)
        {
            table.Row(f.Name, f.FirstMs, f.Repeat.P50, f.Repeat.P95, f.Repeat.P99, f.Repeat.Max, Math.Round(f.Bytes / 1024.0, 1));
        }

        table.Print();
        Section.Note("first: the first request for that URL since the app started; p50-max: the same URL again (the app's result cache may answer).");
        Section.Note("distinct words: one request for each of many different words, so no cache answers; 'first' there is its p50.");
        Console.WriteLine();
    }

    private static async Task<(double Ms, long Bytes)> GetAsync(HttpClient client, string url)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        var ms = Latencies.Since(started);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
        }

        return (ms, body.Length);
    }
}
