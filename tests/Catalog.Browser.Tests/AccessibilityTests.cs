using System.Globalization;
using System.Text;
using Catalog.Browser.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Catalog.Browser.Tests;

/// <summary>axe-core finds nothing wrong, of any impact, on any kind of page, in the light and the dark colour scheme.</summary>
[Collection(Audits.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string, string> PagesAndSchemes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var kind in PageKind.All)
            {
                data.Add(kind.Name, "light");
                data.Add(kind.Name, "dark");
            }

            return data;
        }
    }

    [BrowserTheory]
    [MemberData(nameof(PagesAndSchemes))]
    public async Task AxeFindsNoViolations(string kind, string scheme)
    {
        var page = PageKind.Named(kind);
        await using var tab = await browser.OpenTabAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        await tab.GoToAsync(page.Url, page.Status);
        await tab.Page.EvaluateAsync("() => document.fonts.ready");

        var result = await tab.Page.RunAxe();

        Assert.True(result.Violations.Length == 0, $"axe on {page} in {scheme}:\n{Describe(result.Violations)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes.Take(5))
            {
                var checks = node.All.Concat(node.None).Concat(node.Any).Select(check => check.Message);
                text.AppendLine(CultureInfo.InvariantCulture, $"    {node.Target}: {node.Html}");
                text.AppendLine(CultureInfo.InvariantCulture, $"      {string.Join(" / ", checks)}");
            }
        }

        return text.ToString();
    }
}
