using Catalog.Browser.Tests.Infrastructure;
using Catalog.Components;
using Microsoft.Playwright;

namespace Catalog.Browser.Tests;

/// <summary>Takes the README's pictures, {page}-{width}.png: what the first screen of each main page looks like on a
/// desktop and on a phone. Viewport only and at one device pixel per CSS pixel, so the files stay small. They are written
/// to the build output (bin/.../screenshots), so a test run leaves the working tree as it was; with UPDATE_SCREENSHOTS=1
/// they replace the committed ones in screenshots/, to be committed on purpose.</summary>
[Collection(Walks.Name)]
public sealed class ScreenshotTests(BrowserFixture browser)
{
    private static readonly Dictionary<string, string> s_pages = new(StringComparer.Ordinal)
    {
        ["home"] = CatalogUrls.Home,
        ["results"] = CatalogUrls.SearchFor("scaling"),
        ["paper"] = CatalogUrls.Paper(PageKind.LambdaDartsId),
        ["author"] = CatalogUrls.Author("mostafa-dehghani"),
    };

    private static readonly Dictionary<string, ViewportSize> s_widths = new(StringComparer.Ordinal)
    {
        ["desktop"] = new() { Width = 1280, Height = 800 },
        ["phone"] = new() { Width = 375, Height = 812 },
    };

    public static TheoryData<string, string> PagesAndWidths
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var page in s_pages.Keys)
            {
                foreach (var width in s_widths.Keys)
                {
                    data.Add(page, width);
                }
            }

            return data;
        }
    }

    [BrowserTheory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Takes_a_screenshot_into_the_build_output(string page, string width)
    {
        await using var tab = await browser.OpenTabAsync(new BrowserNewContextOptions
        {
            ViewportSize = s_widths[width],
            DeviceScaleFactor = 1,
            ColorScheme = ColorScheme.Light,
        });
        await tab.GoToAsync(s_pages[page]);
        await tab.Page.EvaluateAsync("() => document.fonts.ready");

        var name = $"{page}-{width}.png";
        var file = Path.Combine(RepositoryFolders.ScreenshotOutput, name);
        Directory.CreateDirectory(RepositoryFolders.ScreenshotOutput);
        await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, Animations = ScreenshotAnimations.Disabled });

        Assert.InRange(new FileInfo(file).Length, 1_000, 400_000);
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            File.Copy(file, Path.Combine(RepositoryFolders.Screenshots, name), overwrite: true);
        }
    }
}
