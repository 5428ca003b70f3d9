using Catalog.Browser.Tests.Infrastructure;

namespace Catalog.Browser.Tests;

/// <summary>No page logs an error to the console or throws: every script, style, font and icon loads and runs.</summary>
[Collection(Walks.Name)]
public sealed class ConsoleTests(BrowserFixture browser)
{
    [BrowserTheory]
    [MemberData(nameof(PageKind.Names), MemberType = typeof(PageKind))]
    public async Task PageLogsNoConsoleErrors(string kind)
    {
        var page = PageKind.Named(kind);
        await using var tab = await browser.OpenTabAsync();
        await tab.GoToAsync(page.Url, page.Status);
        await tab.Page.EvaluateAsync("() => document.fonts.ready");

        // Chromium logs a 404 for the document itself; on the not-found page that status is the point.
        var errors = tab.ConsoleErrors.Where(error => !(page.Status == 404 && error.Contains($"status of 404 (Not Found) (at {tab.Page.Url}", StringComparison.Ordinal)));
        Assert.Empty(errors);
    }
}
