using System.Net;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Hosting;

/// <summary>With <c>Catalog:RateLimit:PermitsPerMinute</c> set, a client's searches past the limit answer 429 with
/// Retry-After, while paper pages and assets stay unlimited. A forwarded address from an unconfigured proxy is ignored.</summary>
public sealed class RateLimitTests(RateLimitedCatalog catalog) : IClassFixture<RateLimitedCatalog>
{
    [Fact]
    public async Task Searches_past_the_limit_answer_429_with_retry_after_and_other_pages_still_answer()
    {
        using var client = catalog.CreateSocketClient();
        for (var n = 0; n < RateLimitedCatalog.PermitsPerMinute; n++)
        {
            using var allowed = new HttpRequestMessage(HttpMethod.Get, $"/papers?q=darts{n}");
            // Not believed: no proxy is configured, so each of these is still the same client.
            allowed.Headers.Add("X-Forwarded-For", $"203.0.113.{n}");
            using var answer = await client.SendAsync(allowed);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        using var refused = await client.GetAsync("/papers?q=cells");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After");
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var exported = await client.GetAsync("/papers/2210.07998.bib");
        Assert.Equal(HttpStatusCode.TooManyRequests, exported.StatusCode);
        using var api = await client.GetAsync("/api/papers");
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);

        using var paper = await client.GetAsync("/papers/2210.07998");
        Assert.Equal(HttpStatusCode.OK, paper.StatusCode);
        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
