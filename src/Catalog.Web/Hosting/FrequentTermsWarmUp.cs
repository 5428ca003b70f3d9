using Catalog.Data.Search;

namespace Catalog.Web.Hosting;

/// <summary>Works out the ready answers for the catalog's common words in the background at start; searches are
/// answered meanwhile, in full. A catalog swapped in later is warmed by the watcher or on its first search.</summary>
public sealed class FrequentTermsWarmUp(FrequentTerms frequentTerms, ILogger<FrequentTermsWarmUp> logger) : BackgroundService
{
    /// <summary>The start of the line logged when the warm-up is done, which benchmarks and operators wait for.</summary>
    public const string DoneLine = "Search warm-up done";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            Log(logger, await frequentTerms.WarmUpAsync().WaitAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // A failed warm-up only makes searches slower; the app keeps serving.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Could not work out the ready answers for common words; searches run in full");
        }
    }

    public static void Log(ILogger logger, FrequentTermsReport report)
    {
        if (report.CommonWords == 0)
        {
            logger.LogInformation("{Done}: no word is common enough in this catalog to be worth a ready answer; every search runs in full, which is fast at this size",
                DoneLine);
        }
        else
        {
            logger.LogInformation("{Done}: searches for the {Words} most common words (each in {Share:P0} of the papers or more) are answered from memory; worked out in {Seconds:0.0} s",
                DoneLine, report.Words, FrequentTerms.MinShare, report.Elapsed.TotalSeconds);
        }
    }
}
