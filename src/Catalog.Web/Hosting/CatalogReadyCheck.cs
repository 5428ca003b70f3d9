using Catalog.Data.Queries;
using Catalog.Data.Search;
using Catalog.Data.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Catalog.Web.Hosting;

/// <summary><c>/healthz/ready</c>: a catalog is open and its common words' ready answers are worked out, so searches run
/// at full speed. A load balancer sends traffic to an instance only when this says so.</summary>
public sealed class CatalogReadyCheck(CatalogQueries catalog, FrequentTerms frequentTerms) : IHealthCheck
{
    public const string Tag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            catalog.Info();
        }
        catch (CatalogUnavailableException ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(ex.Message));
        }

        var warming = frequentTerms.WarmUpAsync();
        return Task.FromResult(warming.IsCompletedSuccessfully ? HealthCheckResult.Healthy("The catalog is open and its ready answers are worked out.")
            : warming.IsFaulted ? HealthCheckResult.Degraded("The ready answers could not be worked out; searches run in full.")
            : HealthCheckResult.Unhealthy("The ready answers for common words are being worked out."));
    }
}
