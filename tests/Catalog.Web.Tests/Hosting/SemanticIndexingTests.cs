using System.Net;
using Catalog.Data.Search.Semantic;
using Catalog.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Web.Tests.Hosting;

/// <summary>The app computes the papers' embeddings in the background after start, searches answer meanwhile, and
/// <c>Catalog:Semantic=false</c> turns it all off.</summary>
public sealed class SemanticIndexingTests
{
    [Fact]
    public async Task The_app_embeds_every_paper_after_start_and_keeps_the_vectors_beside_the_catalog()
    {
        await using var catalog = new SemanticCatalog();
        using var client = catalog.CreatePageClient();
        var index = catalog.Services.GetRequiredService<SemanticIndex>();

        using var meanwhile = await client.GetAsync(new Uri("/api/papers?q=transformer", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, meanwhile.StatusCode);

        await WaitUntilAsync(() => index.Status.IsReady);
        Assert.Equal(6, index.Current!.Count);
        Assert.Equal(1.0, index.Current.Covers);
        Assert.True(File.Exists(EmbeddingStore.PathBeside(catalog.Db)));

        // A query the model was never trained for still gives a vector, and a ranking.
        foreach (var query in new[] { new string('q', 10_000), "§±!@#$%^&*()", "ニューラルネットワーク", "\uD800\0" })
        {
            Assert.Equal(6, index.Current.Nearest(index.EmbedQuery(query), 10).Count);
        }

        using var after = await client.GetAsync(new Uri("/api/papers?q=transformer", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Turned_off_nothing_is_embedded()
    {
        await using var catalog = new FixtureCatalog();
        using var client = catalog.CreatePageClient();
        var index = catalog.Services.GetRequiredService<SemanticIndex>();

        using var search = await client.GetAsync(new Uri("/api/papers?q=transformer", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(SemanticState.Off, index.Status.State);
        Assert.Null(index.Current);
        Assert.False(File.Exists(EmbeddingStore.PathBeside(catalog.Db)));
    }

    private static async Task WaitUntilAsync(Func<bool> done)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < until, "The embeddings were not ready within 90 s.");
            await Task.Delay(100);
        }
    }
}
