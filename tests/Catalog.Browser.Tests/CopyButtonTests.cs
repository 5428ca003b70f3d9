using Catalog.Browser.Tests.Infrastructure;
using Catalog.Components;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Browser.Tests;

/// <summary>The Cite block's copy buttons: shown by script, and what they put on the clipboard is the text shown.</summary>
[Collection(Walks.Name)]
public sealed class CopyButtonTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Copy_BibTeX_puts_the_papers_BibTeX_on_the_clipboard_and_says_so()
    {
        await using var tab = await browser.OpenTabAsync(new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        var page = tab.Page;
        await tab.GoToAsync(CatalogUrls.Paper(PageKind.LambdaDartsId));
        using var client = new HttpClient { BaseAddress = browser.Server.BaseAddress };
        var bib = await client.GetStringAsync(new Uri(CatalogUrls.PaperBibTex(PageKind.LambdaDartsId), UriKind.Relative));

        var button = page.GetByRole(AriaRole.Button, new() { Name = "Copy BibTeX" });
        await Expect(button).ToBeVisibleAsync();
        await button.ClickAsync();

        await Expect(page.Locator("[role=status]").Last).ToHaveTextAsync("BibTeX copied to the clipboard");
        Assert.Equal(bib.Trim(), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy reference" }).ClickAsync();
        Assert.StartsWith("Movahedi, S.", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"), StringComparison.Ordinal);
        Assert.Empty(tab.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Without_script_the_buttons_stay_hidden_and_the_text_is_there_to_select()
    {
        await using var tab = await browser.OpenTabAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await tab.GoToAsync(CatalogUrls.Paper(PageKind.LambdaDartsId));

        await Expect(tab.Page.Locator("button[data-copy]").First).ToBeHiddenAsync();
        await Expect(tab.Page.Locator("#cite-bibtex")).ToContainTextAsync("@inproceedings{movahedi2022darts,");
    }
}
