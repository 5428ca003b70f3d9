using System.Net;
using Catalog.Data.Import;
using Catalog.Web.Hosting;
using Catalog.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Web.Tests.Hosting;

/// <summary>With <c>--watch</c>, a seed file saved while the app runs is imported in the background and swapped in: the
/// pages, their ETags and the output cache follow. A bad edit keeps the catalog that was there. Time is the test's
/// clock, moved a second at a time, so nothing here sleeps.</summary>
public sealed class CatalogWatcherTests(WatchedCatalog catalog) : IClassFixture<WatchedCatalog>
{
    private readonly HttpClient _client = catalog.CreateSocketClient();

    [Fact]
    public async Task A_saved_seed_is_imported_and_swapped_in_and_a_bad_one_keeps_the_catalog()
    {
        using (var before = await _client.GetOkPageAsync("/papers"))
        {
            Assert.Contains("6 papers", HtmlPage.Text(before.Find(".result-count")), StringComparison.Ordinal);
        }

        var tagBefore = (await _client.GetAsync("/papers")).Headers.ETag;
        await File.AppendAllTextAsync(Path.Combine(catalog.Seeds, "INDEX.md"), "- [Watched Paper](papers/watched.md)\n");
        await File.WriteAllTextAsync(Path.Combine(catalog.Seeds, "papers", "watched.md"), """
            ---
            id: 'watched'
            title: 'A Paper Saved While the App Ran'
            authors:
              - 'Wanda Watcher'
            date: 2024-05-01
            ---

            Picked up without a restart.
            """);

        var imported = await NextImportAsync();

        Assert.True(imported.Succeeded, string.Join('\n', imported.Problems));
        Assert.Equal(7, imported.Papers);
        using (var after = await _client.GetOkPageAsync("/papers"))
        {
            Assert.Contains("7 papers", HtmlPage.Text(after.Find(".result-count")), StringComparison.Ordinal);
        }

        Assert.NotEqual(tagBefore, (await _client.GetAsync("/papers")).Headers.ETag);
        using (var paper = await _client.GetOkPageAsync("/papers/watched"))
        {
            Assert.Equal("A Paper Saved While the App Ran", HtmlPage.Text(paper.H1));
        }

        await File.WriteAllTextAsync(Path.Combine(catalog.Seeds, "papers", "watched.md"), "---\nid: 'watched'\ntitle: [unclosed\n---\n");
        var failed = await NextImportAsync();

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Problems, p => p.ToString().Contains("watched.md:", StringComparison.Ordinal));
        using var kept = await _client.GetPageAsync("/papers/watched");
        Assert.Equal(HttpStatusCode.OK, kept.Status);
    }

    /// <summary>Moves the app's clock a second at a time until the watcher reports its next import.</summary>
    private async Task<ImportResult> NextImportAsync()
    {
        var watcher = catalog.Services.GetRequiredService<CatalogWatcher>();
        var done = new TaskCompletionSource<ImportResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnImported(object? sender, ImportResult result) => done.TrySetResult(result);
        watcher.Imported += OnImported;
        try
        {
            for (var second = 0; second < 60 && !done.Task.IsCompleted; second++)
            {
                catalog.Time!.Advance(TimeSpan.FromSeconds(1));
                // Lets the watcher's loop run after each tick; the answer comes from the import, not from waiting.
                await Task.WhenAny(done.Task, Task.Delay(50));
            }

            return await done.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            watcher.Imported -= OnImported;
        }
    }
}
