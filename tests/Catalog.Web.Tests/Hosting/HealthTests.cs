using System.Net;
using Catalog.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Web.Tests.Hosting;

/// <summary><c>/healthz</c> answers while the process runs; <c>/healthz/ready</c> once the catalog is open and its ready
/// answers are worked out. Neither may be kept by a cache.</summary>
public sealed class HealthTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task Live_answers_healthy_and_is_not_cached()
    {
        using var live = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.True(live.Headers.CacheControl?.NoStore, "no-store");
        Assert.Null(live.Headers.ETag);
    }

    [Fact]
    public async Task Ready_answers_healthy_once_the_catalog_is_warmed_up()
    {
        await catalog.Services.GetRequiredService<Catalog.Data.Search.SearchEngines>().WarmUpAsync();

        using var ready = await _client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_answers_503_when_the_catalog_cannot_be_opened()
    {
        await using var broken = new FixtureCatalog();
        using var client = broken.CreatePageClient();
        await client.GetAsync("/healthz");
        var moved = broken.Db + ".away";
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(broken.Db, moved);
        try
        {
            using var ready = await client.GetAsync("/healthz/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            using var live = await client.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            File.Move(moved, broken.Db);
        }
    }
}
