using Catalog.Data.Search;
using Catalog.Data.Search.Engine;

namespace Catalog.Web.Hosting;

/// <summary>Opens the catalog's search engine in the background at start; a search made before it is ready waits for it.
/// A catalog swapped in later gets its engine from the watcher or on its first search.</summary>
public sealed class SearchEngineWarmUp(SearchEngines engines, ILogger<SearchEngineWarmUp> logger) : BackgroundService
{
    /// <summary>The start of the line logged when the engine is ready, which benchmarks and operators wait for.</summary>
    public const string DoneLine = "Search engine ready";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            Log(logger, await engines.WarmUpAsync().WaitAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // A failed build is tried again by the next search; the app keeps serving.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Could not open the search engine; the next search tries again");
        }
    }

    public static void Log(ILogger logger, SearchEngine engine) =>
        logger.LogInformation("{Done}: {Papers} papers, {Terms} terms, {MiB} MiB in memory, opened in {Seconds:0.00} s",
            DoneLine, engine.DocumentCount, engine.TermCount, engine.Bytes >> 20, engine.BuildTime.TotalSeconds);
}
