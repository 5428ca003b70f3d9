using Catalog.Data.Queries;
using Catalog.Data.Search;
using Catalog.Data.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Catalog.Web.Hosting;

/// <summary><c>/healthz/ready</c>: a catalog is open and its search engine is built, so searches run at full speed.
/// A load balancer sends traffic to an instance only when this says so.</summary>
public sealed class CatalogReadyCheck(CatalogQueries catalog, SearchEngines searchEngines) : IHealthCheck
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

        var warming = searchEngines.WarmUpAsync();
        return Task.FromResult(warming.IsCompletedSuccessfully ? HealthCheckResult.Healthy("The catalog is open and its search engine is built.")
            : warming.IsFaulted ? HealthCheckResult.Unhealthy("The search engine could not be built; the next search tries again.")
            : HealthCheckResult.Unhealthy("The search engine is being built."));
    }
}
