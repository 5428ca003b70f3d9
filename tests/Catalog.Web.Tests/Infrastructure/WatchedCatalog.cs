using Microsoft.Extensions.Time.Testing;

namespace Catalog.Web.Tests.Infrastructure;

/// <summary>The served app with <c>--watch</c> on, looking at its seeds every second of a clock the test moves.</summary>
public sealed class WatchedCatalog() : ServedCatalog(
    new() { ["Catalog:Watch"] = "true", ["Catalog:WatchInterval"] = "00:00:01" }, new FakeTimeProvider(DateTimeOffset.UtcNow))
{
}
