using Catalog.Data.Import;
using Catalog.Data.Search;
using Catalog.Data.Seeds;
using Catalog.Data.Store;
using Catalog.Web.Settings;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Hosting;

/// <summary><c>--watch</c>: looks at the seeds every <see cref="CatalogOptions.WatchInterval"/> and, once a change has
/// been quiet for one interval (an editor's save, or a git checkout, is many writes), re-imports in the background. The
/// importer renames a complete new catalog over the old one, or leaves the old one as it was on any problem; either way
/// the pages keep being served. Polling, not FileSystemWatcher: it sees changes on network and container mounts too,
/// and it runs on the injected <see cref="TimeProvider"/>, so tests move time instead of waiting.</summary>
public sealed class CatalogWatcher(
    IOptions<CatalogOptions> options,
    CatalogDatabase database,
    SearchEngines engines,
    IOutputCacheStore outputCache,
    TimeProvider time,
    ILogger<CatalogWatcher> logger) : BackgroundService
{
    /// <summary>Raised after every import the watcher made, succeeded or not.</summary>
    public event EventHandler<ImportResult>? Imported;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Watch != true)
        {
            return;
        }

        logger.LogInformation("Watching {Seeds} for changes", settings.Seeds);
        var seen = SeedFolderStamp.Of(settings.Seeds);
        var pending = false;
        using var timer = new PeriodicTimer(settings.WatchInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = SeedFolderStamp.Of(settings.Seeds);
                if (now != seen)
                {
                    (seen, pending) = (now, true);
                }
                else if (pending)
                {
                    pending = false;
                    await ImportAsync(settings, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ImportAsync(CatalogOptions settings, CancellationToken stoppingToken)
    {
        ImportResult result;
        try
        {
            result = await Task.Run(() => SeedImporter.Import(settings.Seeds, settings.Db), stoppingToken);
        }
#pragma warning disable CA1031 // Whatever stopped this import, the previous catalog keeps being served and watched.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Seeds changed but the import stopped; still serving the previous catalog {Db}", settings.Db);
            return;
        }

        foreach (var problem in result.Problems)
        {
            logger.Log(problem.IsError ? LogLevel.Error : LogLevel.Warning, "{Problem}", problem.ToString());
        }

        if (result.Succeeded)
        {
            database.Refresh();
            await outputCache.EvictByTagAsync(CatalogOutputCache.Tag, stoppingToken);
            logger.LogInformation("Seeds changed: {Summary} Swapped in {Db}", result.Summary, settings.Db);
            _ = engines.WarmUpAsync().ContinueWith(
                warming => SearchEngineWarmUp.Log(logger, warming.Result), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }
        else
        {
            logger.LogError("Seeds changed but the import failed with {Errors} errors; still serving the previous catalog {Db}",
                result.Errors.Count(), settings.Db);
        }

        Imported?.Invoke(this, result);
    }
}
