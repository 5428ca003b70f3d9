using Catalog.Browser.Tests.Infrastructure;
using Catalog.Components;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Browser.Tests;

/// <summary>TeX in titles is typeset by the KaTeX the app serves itself.</summary>
[Collection(Walks.Name)]
public sealed class MathTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task LambdaDartsTitleShowsLambdaTypesetByKatex()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GoToAsync(CatalogUrls.Paper(PageKind.LambdaDartsId));

        var title = tab.Page.Locator("h1");
        await Expect(title.Locator(".katex")).ToHaveCountAsync(1);
        await Expect(title.Locator(".katex-html")).ToHaveTextAsync("Λ");
        await Expect(title).ToContainTextAsync("-DARTS: Mitigating Performance Collapse");
        Assert.DoesNotContain("$", await title.InnerTextAsync(), StringComparison.Ordinal);
        await Expect(tab.Page).ToHaveTitleAsync("Λ-DARTS: Mitigating Performance Collapse by Harmonizing Operation Selection among Cells · Catalog");
        Assert.Empty(tab.ConsoleErrors);
    }

    [BrowserFact]
    public async Task WithoutJavaScriptTheTexSourceStaysReadable()
    {
        await using var tab = await browser.OpenTabAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await tab.GoToAsync(CatalogUrls.Paper(PageKind.LambdaDartsId));

        await Expect(tab.Page.Locator("h1")).ToHaveTextAsync(@"$\Lambda$-DARTS: Mitigating Performance Collapse by Harmonizing Operation Selection among Cells");
    }
}
