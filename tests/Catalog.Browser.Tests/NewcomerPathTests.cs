using System.Globalization;
using System.Text.RegularExpressions;
using Catalog.Browser.Tests.Infrastructure;
using Catalog.Components;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Browser.Tests;

/// <summary>What someone new does first: search from the home page, narrow by an author, open a paper, its author and a
/// co-author, then walk back and forward through all of it. With and without JavaScript, since every step is a link.</summary>
[Collection(Walks.Name)]
public sealed partial class NewcomerPathTests(BrowserFixture browser)
{
    [BrowserFact]
    public Task SearchFilterOpenAndGoBackAndForward() => WalkAsync(javaScript: true);

    [BrowserFact]
    public Task SearchFilterOpenAndGoBackAndForward_WithoutJavaScript() => WalkAsync(javaScript: false);

    private async Task WalkAsync(bool javaScript)
    {
        await using var tab = await browser.OpenTabAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
        var page = tab.Page;
        await tab.GoToAsync(CatalogUrls.Home);

        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the catalog" });
        await search.FillAsync("scaling");
        await search.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(ResultsUrl());
        var hits = page.Locator("ol.hits > li");
        await Expect(hits.First).ToBeVisibleAsync();
        var hitCount = await hits.CountAsync();
        Assert.True(hitCount > 1, $"'scaling' found {hitCount} papers.");
        // Ranked: a paper with the word in its title comes first, and the word is highlighted there.
        await Expect(hits.First.Locator(".paper-title mark").First).ToHaveTextAsync(new Regex("^[Ss]caling$"));
        await Expect(page.Locator("ol.hits mark")).Not.ToHaveCountAsync(0);

        var (facet, authorName, authorCount) = await AuthorWithFewerPapersAsync(page, hitCount);
        await facet.ClickAsync();
        await Expect(page).ToHaveURLAsync(FilteredUrl());
        await Expect(hits).ToHaveCountAsync(authorCount);
        await Expect(page.Locator("ul.chips")).ToContainTextAsync($"Author: {authorName}");
        var filtered = (Url: tab.PathAndQuery, Ids: await PaperIdsAsync(page));

        var paperId = filtered.Ids[0];
        await hits.First.Locator(".paper-title a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(CatalogUrls.Paper(paperId))}$"));
        await Expect(page.Locator("article.paper-detail")).ToHaveAttributeAsync("data-paper-id", paperId);
        var paperUrl = tab.PathAndQuery;

        await page.Locator(".paper-detail .paper-authors").GetByRole(AriaRole.Link, new() { Name = authorName, Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(authorName);
        var authorUrl = tab.PathAndQuery;

        var coAuthor = page.Locator("section[aria-labelledby='coauthors-heading'] li a").First;
        var coAuthorName = await coAuthor.InnerTextAsync();
        await coAuthor.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(coAuthorName);
        var coAuthorUrl = tab.PathAndQuery;
        Assert.NotEqual(authorUrl, coAuthorUrl);

        await page.GoBackAsync();
        await ExpectAuthorAsync(tab, authorUrl, authorName);
        await page.GoBackAsync();
        await ExpectPaperAsync(tab, paperUrl, paperId);
        await page.GoBackAsync();
        Assert.Equal(filtered.Url, tab.PathAndQuery);
        Assert.Equal(filtered.Ids, await PaperIdsAsync(page));
        await Expect(page.Locator("#results-search")).ToHaveValueAsync("scaling");
        await Expect(page.Locator("ul.chips")).ToContainTextAsync($"Author: {authorName}");

        await page.GoForwardAsync();
        await ExpectPaperAsync(tab, paperUrl, paperId);
        await page.GoForwardAsync();
        await ExpectAuthorAsync(tab, authorUrl, authorName);
        await page.GoForwardAsync();
        await ExpectAuthorAsync(tab, coAuthorUrl, coAuthorName);

        Assert.Empty(tab.ConsoleErrors);
    }

    /// <summary>The first author in the filters who wrote some but not all of the results, so the filter narrows them.</summary>
    private static async Task<(ILocator Link, string Name, int Count)> AuthorWithFewerPapersAsync(IPage page, int hitCount)
    {
        var links = page.Locator("aside.filters section[aria-labelledby='facet-authors'] li a");
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            var link = links.Nth(i);
            var count = int.Parse(await link.Locator(".count").InnerTextAsync(), CultureInfo.InvariantCulture);
            if (count < hitCount)
            {
                return (link, await link.Locator(".facet-label").InnerTextAsync(), count);
            }
        }

        throw new InvalidOperationException("Every author in the filters wrote every result; the seeds changed?");
    }

    private static async Task<List<string>> PaperIdsAsync(IPage page) =>
        [.. await page.Locator("ol.hits > li").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.paperId)")];

    private static async Task ExpectAuthorAsync(BrowserTab tab, string url, string name)
    {
        Assert.Equal(url, tab.PathAndQuery);
        await Expect(tab.Page.Locator("h1")).ToHaveTextAsync(name);
    }

    private static async Task ExpectPaperAsync(BrowserTab tab, string url, string id)
    {
        Assert.Equal(url, tab.PathAndQuery);
        await Expect(tab.Page.Locator("article.paper-detail")).ToHaveAttributeAsync("data-paper-id", id);
    }

    [GeneratedRegex(@"/papers\?q=scaling$")]
    private static partial Regex ResultsUrl();

    [GeneratedRegex(@"/papers\?q=scaling&author=[a-z0-9-]+$")]
    private static partial Regex FilteredUrl();
}
