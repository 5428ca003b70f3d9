using System.Text.RegularExpressions;
using Catalog.Browser.Tests.Infrastructure;
using Catalog.Components;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Browser.Tests;

/// <summary>The keyboard shortcuts of js/shortcuts.js, each tried, and none of them while typing.</summary>
[Collection(Walks.Name)]
public sealed class ShortcutTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Slash_focuses_the_search_box_from_any_page_and_then_types_as_usual()
    {
        await using var tab = await browser.OpenTabAsync();
        var page = tab.Page;
        await tab.GoToAsync(CatalogUrls.Paper(PageKind.LambdaDartsId));

        await page.Keyboard.PressAsync("/");
        await Expect(page.Locator("#header-search")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("j/k?");

        await Expect(page.Locator("#header-search")).ToHaveValueAsync("j/k?");
        await Expect(page.Locator("dialog.shortcuts")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task J_and_K_move_through_the_results_with_a_visible_focus_and_Enter_opens_one()
    {
        await using var tab = await browser.OpenTabAsync();
        var page = tab.Page;
        await tab.GoToAsync(CatalogUrls.SearchFor("scaling"));
        var links = page.Locator("ol.hits > li .paper-title a");

        await page.Keyboard.PressAsync("j");
        await Expect(links.Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("j");
        await Expect(links.Nth(1)).ToBeFocusedAsync();
        Assert.NotEqual("none", await links.Nth(1).EvaluateAsync<string>("a => getComputedStyle(a).outlineStyle"));
        await Expect(page.Locator("ol.hits > li.is-current")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("k");
        await Expect(links.Nth(0)).ToBeFocusedAsync();

        var href = await links.Nth(0).GetAttributeAsync("href");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(href!)}$"));
        Assert.Empty(tab.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Question_mark_lists_the_shortcuts_and_Escape_closes_the_list()
    {
        await using var tab = await browser.OpenTabAsync();
        var page = tab.Page;
        await tab.GoToAsync(CatalogUrls.Home);

        await page.Keyboard.PressAsync("Shift+Slash");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Keyboard shortcuts" });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator("dt")).ToHaveTextAsync(["/", "j", "k", "Enter", "?", "Esc"]);
        await page.Keyboard.PressAsync("Escape");

        await Expect(dialog).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task No_shortcut_fires_while_typing_in_a_field()
    {
        await using var tab = await browser.OpenTabAsync();
        var page = tab.Page;
        await tab.GoToAsync(CatalogUrls.SearchFor("scaling"));
        await page.Locator("#results-search").FillAsync("");
        await page.Locator("#results-search").FocusAsync();

        await page.Keyboard.TypeAsync("jk?/");

        await Expect(page.Locator("#results-search")).ToHaveValueAsync("jk?/");
        await Expect(page.Locator("#results-search")).ToBeFocusedAsync();
        await Expect(page.Locator("ol.hits > li.is-current")).ToHaveCountAsync(0);
    }
}
