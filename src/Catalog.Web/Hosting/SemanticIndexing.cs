using Catalog.Data.Search;
using Catalog.Data.Search.Semantic;
using Microsoft.AspNetCore.OutputCaching;

namespace Catalog.Web.Hosting;

/// <summary>Computes the papers' missing embeddings in the background: once the search engine is open after start, and
/// again whenever a new catalog is swapped in (by the watcher or by an import of another process), looked for every
/// <see cref="CheckInterval"/>. Until it is done, <see cref="SemanticIndex.Current"/> is null and searches rank
/// lexically. It runs on one thread (the embedder has one ONNX Runtime thread), so requests keep the other cores. Off
/// with <c>Catalog:Semantic=false</c>.</summary>
public sealed class SemanticIndexing(
    SemanticIndex index,
    SearchEngines engines,
    IOutputCacheStore outputCache,
    TimeProvider time,
    ILogger<SemanticIndexing> logger) : BackgroundService
{
    /// <summary>The start of the line logged when every paper has its vector.</summary>
    public const string DoneLine = "Embeddings ready";

    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);

    // Progress is logged every this many papers: a large catalog's first run takes hours.
    private const int LogEvery = 5_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!index.Enabled)
        {
            logger.LogInformation("Semantic search is off (Catalog:Semantic); searches are lexical");
            return;
        }

        try
        {
            // Lexical search first: the engine's load and the model's would otherwise share the cores at start.
            await engines.WarmUpAsync().WaitAsync(stoppingToken);
        }
#pragma warning disable CA1031 // The warm-up logs its own failure; embedding does not need the engine.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
        }

        try
        {
            using var timer = new PeriodicTimer(CheckInterval, time);
            var failedVersion = (long?)null;
            do
            {
                if (index.Status.State == SemanticState.Waiting && failedVersion != CurrentVersion())
                {
                    failedVersion = await EmbedAsync(stoppingToken) ? null : CurrentVersion();
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private long CurrentVersion() => index.Database.Version;

    /// <summary>One run; false when it failed (tried again for the next catalog, not in a loop for this one).</summary>
    private async Task<bool> EmbedAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Embedding the catalog's papers in the background ({Model})", index.Embedder.Model);
        var logged = 0;
        var progress = new Progress<SemanticStatus>(status =>
        {
            if (status.Done / LogEvery > logged)
            {
                logged = status.Done / LogEvery;
                logger.LogInformation("Embeddings: {Status}", status);
            }
        });
        try
        {
            var run = await index.EmbedMissingAsync(progress, stoppingToken);
            if (run is not null)
            {
                logger.LogInformation("{Done}: {Papers} papers, {Embedded} embedded and {Kept} kept from before, in {Seconds:0.0} s; {MiB:0.0} MiB in memory",
                    DoneLine, run.Papers, run.Embedded, run.Kept, run.Elapsed.TotalSeconds, run.Vectors.Bytes / (1024.0 * 1024));
                // Answers cached while meaning took no part would say so for another minute.
                await outputCache.EvictByTagAsync(CatalogOutputCache.Tag, stoppingToken);
            }

            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Embedding stopped with the app; what was done is kept");
            throw;
        }
#pragma warning disable CA1031 // Searches stay lexical; a new catalog tries again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Could not compute the papers' embeddings; searches stay lexical until the next catalog");
            return false;
        }
    }
}
