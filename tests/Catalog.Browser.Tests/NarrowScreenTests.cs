using Catalog.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Catalog.Browser.Tests;

/// <summary>On a 375 px phone nothing makes the page scroll sideways.</summary>
[Collection(Walks.Name)]
public sealed class NarrowScreenTests(BrowserFixture browser)
{
    // Names what sticks out past the right edge, so a failure says where to look.
    private const string WiderThanScreen = """
        () => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .slice(0, 10)
            .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).trim().replace(/\s+/g, '.') : ''} (right edge ${Math.round(e.getBoundingClientRect().right)} px)`)
        """;

    [BrowserTheory]
    [MemberData(nameof(PageKind.Names), MemberType = typeof(PageKind))]
    public async Task NothingOverflowsSidewaysAt375Pixels(string kind)
    {
        var page = PageKind.Named(kind);
        await using var tab = await browser.OpenTabAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 812 } });
        await tab.GoToAsync(page.Url, page.Status);
        await tab.Page.EvaluateAsync("() => document.fonts.ready");

        var widths = await tab.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scrollWidth, clientWidth) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= clientWidth,
            $"{page} is {scrollWidth} px wide in a {clientWidth} px window; too wide: {string.Join("; ", await tab.Page.EvaluateAsync<string[]>(WiderThanScreen))}");
    }
}
