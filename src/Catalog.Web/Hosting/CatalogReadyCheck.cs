using Catalog.Data.Queries;
using Catalog.Data.Search;
using Catalog.Data.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Catalog.Web.Hosting;

/// <summary><c>/healthz/ready</c>: a catalog is open and its search engine is in memory, so searches run at full speed.
/// A load balancer sends traffic to an instance only when this says so.</summary>
public sealed class CatalogReadyCheck(CatalogQueries catalog, SearchEngines engines) : IHealthCheck
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

        var warming = engines.WarmUpAsync();
        return Task.FromResult(warming.IsCompletedSuccessfully ? HealthCheckResult.Healthy("The catalog is open and its search engine is ready.")
            : warming.IsFaulted ? HealthCheckResult.Unhealthy("The search engine could not be opened; the next search tries again.")
            : HealthCheckResult.Unhealthy("The search engine is being opened."));
    }
}
