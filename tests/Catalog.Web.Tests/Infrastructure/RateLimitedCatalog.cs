namespace Catalog.Web.Tests.Infrastructure;

/// <summary>The served app with a limit of <see cref="PermitsPerMinute"/> searches a minute per client.</summary>
public sealed class RateLimitedCatalog() : ServedCatalog(new() { ["Catalog:RateLimit:PermitsPerMinute"] = PermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture) })
{
    public const int PermitsPerMinute = 3;
}
