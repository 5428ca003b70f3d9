using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Catalog.Components;
using Catalog.Data.Search.Semantic;
using Catalog.Data.Store;

namespace Catalog.Benchmarks;

/// <summary>Meaning in the pages section without embedding 86k abstracts (half an hour of both cores): every paper gets a
/// stand-in vector (<see cref="RandomEmbedder.StandingInForTheModel"/>) filed beside the catalog under the model's name, so the
/// app finds every paper embedded, ranks ranked searches by words and meaning, and takes similar papers by meaning. The
/// scan of random vectors costs what the scan of real ones does; queries are embedded by the real model.</summary>
public static class MeaningStandIn
{
    /// <summary>Files a stand-in vector for every paper of the catalog; the run's figures.</summary>
    public static EmbeddingRun File(CatalogDatabase database)
    {
        using var index = new SemanticIndex(database, RandomEmbedder.StandingInForTheModel(), EmbeddingStore.Beside(database.Path));
        return index.EmbedMissingAsync().GetAwaiter().GetResult()!;
    }

    /// <summary>Milliseconds from now until a ranked search of the app says meaning took part.</summary>
    public static async Task<double> WaitUntilRankingByMeaningAsync(AppProcess app, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 0; ; attempt++)
        {
            var url = $"{CatalogUrls.ApiPapers}?q={Uri.EscapeDataString($"{QueryMix.Sentence} {attempt.ToString(CultureInfo.InvariantCulture)}")}";
            using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
            if (json.RootElement.GetProperty("semantic").GetBoolean())
            {
                return Latencies.Since(started);
            }

            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                throw new TimeoutException($"the app did not rank by meaning within {timeout}: {json.RootElement.GetProperty("semanticStatus").GetString()}");
            }

            await Task.Delay(250);
        }
    }

    public static void Print(string corpus, EmbeddingRun run, double meaningMs)
    {
        Section.Title($"{corpus}: meaning in the pages below");
        Section.Note(string.Create(CultureInfo.InvariantCulture,
            $"{run.Papers:N0} stand-in vectors (random, filed under the model's name) in {run.Elapsed.TotalSeconds:0.0} s; the app ranked by meaning {meaningMs / 1000:0.0} s after it was ready."));
        Section.Note("Ranked searches embed their query with the real model (one thread) and scan the vectors; similar papers are the nearest by meaning.");
        Console.WriteLine();
    }
}
