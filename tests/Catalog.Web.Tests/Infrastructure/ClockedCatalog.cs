using Microsoft.Extensions.Time.Testing;

namespace Catalog.Web.Tests.Infrastructure;

/// <summary>The served app on a clock the test moves, for what the app does once a while has passed.</summary>
public sealed class ClockedCatalog() : ServedCatalog([], new FakeTimeProvider(DateTimeOffset.UtcNow))
{
}
