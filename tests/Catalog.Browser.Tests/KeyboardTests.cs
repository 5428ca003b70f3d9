using System.Text.RegularExpressions;
using Catalog.Browser.Tests.Infrastructure;
using Catalog.Components;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Browser.Tests;

/// <summary>Someone without a mouse: Tab and Enter alone reach the search box, the results and the filters, and each
/// stop shows where the focus is.</summary>
[Collection(Walks.Name)]
public sealed partial class KeyboardTests(BrowserFixture browser)
{
    private const int MaxTabs = 200;

    [BrowserFact]
    public async Task TabAndEnterReachTheSearchBoxTheResultsAndTheFilters()
    {
        await using var tab = await browser.OpenTabAsync();
        var page = tab.Page;
        await tab.GoToAsync(CatalogUrls.Home);

        await page.Keyboard.PressAsync("Tab");
        Assert.True(await FocusIsOnAsync(page, "a.skip-link"), "The first Tab stop is not the skip link.");

        await TabToAsync(page, "input#home-search");
        await page.Keyboard.TypeAsync("scaling");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(ResultsUrl());

        await TabToAsync(page, "ol.hits .paper-title a");
        await TabToAsync(page, "aside.filters section[aria-labelledby='facet-authors'] a");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(FilteredUrl());
        await Expect(page.Locator("ul.chips")).ToContainTextAsync("Author:");

        await TabToAsync(page, "ol.hits .paper-title a");
        var id = await page.EvaluateAsync<string>("() => document.activeElement.closest('li').dataset.paperId");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(CatalogUrls.Paper(id))}$"));
        Assert.Empty(tab.ConsoleErrors);
    }

    /// <summary>Presses Tab until the focused element matches the selector, and checks that the focus is drawn.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await FocusIsOnAsync(page, selector))
            {
                var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
                Assert.True(outline != "none", $"The focused '{selector}' has no visible outline.");
                return;
            }
        }

        Assert.Fail($"{MaxTabs} presses of Tab on {page.Url} never reached '{selector}'.");
    }

    private static Task<bool> FocusIsOnAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("selector => document.activeElement?.matches(selector) ?? false", selector);

    [GeneratedRegex(@"/papers\?q=scaling$")]
    private static partial Regex ResultsUrl();

    [GeneratedRegex(@"/papers\?q=scaling&author=[a-z0-9-]+$")]
    private static partial Regex FilteredUrl();
}
