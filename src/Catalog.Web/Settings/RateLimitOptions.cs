using System.ComponentModel.DataAnnotations;

namespace Catalog.Web.Settings;

/// <summary><c>Catalog:RateLimit</c>: how many searches, exports and API calls one client may make a minute.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Catalog:RateLimit";

    /// <summary>0, the default, switches rate limiting off.</summary>
    [Range(0, 1_000_000)]
    public int PermitsPerMinute { get; set; }
}
