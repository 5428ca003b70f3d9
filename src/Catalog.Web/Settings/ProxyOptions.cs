using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Catalog.Web.Settings;

/// <summary><c>Catalog:Proxy</c>: the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed. With
/// none configured the headers are ignored, since anyone can send them, and the client is the connection's address.</summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Catalog:Proxy";

    /// <summary>Addresses of proxies, such as <c>127.0.0.1</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of proxies in CIDR notation, such as <c>10.0.0.0/8</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"'{proxy}' is not an IP address", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"'{network}' is not a network in CIDR notation (such as 10.0.0.0/8)", [nameof(KnownNetworks)]);
        }
    }
}
