using System.Net;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Hosting;

/// <summary>The catalog file moved away under the running app: pages keep coming from the file the app has open, or
/// answer 503 with a message; never 500. Moved back, or replaced by a new catalog, it is served again.</summary>
public sealed class CatalogFileMovedTests(ClockedCatalog catalog) : IClassFixture<ClockedCatalog>
{
    private static readonly string[] s_urls = ["/", "/papers?q=darts", "/papers/2210.07998", "/authors", "/papers?q=cells&page=1", "/healthz/ready"];

    [Fact]
    public async Task Moving_the_catalog_away_answers_pages_or_503_never_500()
    {
        using var client = catalog.CreateSocketClient();
        foreach (var url in s_urls)
        {
            using var warm = await client.GetAsync(url);
        }

        var away = catalog.Db + ".moved";
        File.Move(catalog.Db, away);
        try
        {
            // The app looks for a new catalog file at most once a second: each round is a second later.
            var statuses = new List<HttpStatusCode>();
            for (var round = 0; round < 10; round++)
            {
                catalog.Time!.Advance(TimeSpan.FromSeconds(1.5));
                foreach (var url in s_urls)
                {
                    using var answer = await client.GetAsync($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}round={round}");
                    statuses.Add(answer.StatusCode);
                    // Pages say when to come back; the health check's 503 is for load balancers.
                    if (answer.StatusCode == HttpStatusCode.ServiceUnavailable && !url.StartsWith("/healthz", StringComparison.Ordinal))
                    {
                        Assert.NotNull(answer.Headers.RetryAfter);
                    }
                }
            }

            Assert.All(statuses, status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{status}"));
        }
        finally
        {
            File.Move(away, catalog.Db);
        }

        catalog.Time!.Advance(TimeSpan.FromSeconds(1.5));
        using var back = await client.GetAsync("/papers?q=darts&back=1");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }
}
