using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

/// <summary>Seeds are untrusted: Fixtures/seeds/papers/untrusted-markdown.md holds a script tag, a javascript: link and
/// an img with onerror. None of them may reach a page as markup.</summary>
public sealed class UntrustedMarkdownTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private static readonly HashSet<string> s_urlAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "action", "formaction", "data", "poster", "srcset" };

    private readonly HttpClient _client = catalog.CreatePageClient();

    [Theory]
    [InlineData("/papers/untrusted-markdown")]
    [InlineData("/papers?q=untrusted")]
    [InlineData("/papers?q=script%20alert")]
    [InlineData("/papers?author=eve-mallory")]
    [InlineData("/")]
    public async Task No_page_runs_script_from_a_seed(string url)
    {
        using var page = await _client.GetOkPageAsync(url);

        AssertOnlyTheAppsScripts(page);
        AssertNoScriptUrlsOrHandlers(page);
        Assert.Empty(page.Main.QuerySelectorAll("img, iframe, object, embed"));
    }

    [Fact]
    public async Task The_script_tag_is_shown_as_text_in_the_abstract()
    {
        using var page = await _client.GetOkPageAsync("/papers/untrusted-markdown");

        var abstractText = page.Find("section.abstract").TextContent;
        Assert.Contains("<script>alert(1)</script> must stay text", abstractText, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"alert(1)\"> must not load", abstractText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_javascript_link_keeps_its_text_but_loses_its_address()
    {
        using var page = await _client.GetOkPageAsync("/papers/untrusted-markdown");

        var links = page.FindAll("section.abstract a");
        Assert.Equal(["link", "safe link"], links.Select(a => a.TextContent));
        Assert.True(string.IsNullOrEmpty(links[0].GetAttribute("href")), $"href was '{links[0].GetAttribute("href")}'");
        Assert.Equal("https://example.org/safe", links[1].GetAttribute("href"));
        Assert.Equal("bold", page.Find("section.abstract strong").TextContent);
    }

    [Fact]
    public async Task The_meta_description_holds_the_markup_as_text()
    {
        using var page = await _client.GetOkPageAsync("/papers/untrusted-markdown");

        Assert.Contains("<script>alert(1)</script>", page.MetaDescription, StringComparison.Ordinal);
        Assert.Single(page.FindAll("meta[name=description]"));
    }

    [Fact]
    public async Task Search_snippets_show_the_markup_as_text()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=script");

        var snippet = page.Find("li[data-paper-id=untrusted-markdown] p.snippet");
        Assert.Contains("<", snippet.TextContent, StringComparison.Ordinal);
        Assert.All(snippet.Children, c => Assert.Equal("mark", c.LocalName));
    }

    [Theory]
    [InlineData("/papers?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/papers?venue=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/papers?author=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/papers?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")]
    [InlineData("/authors?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/authors/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/papers/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task Markup_in_the_address_is_echoed_as_text(string url)
    {
        using var page = await _client.GetPageAsync(url);

        Assert.True((int)page.Status is 200 or 400 or 404, $"{url} answered {(int)page.Status}");
        AssertOnlyTheAppsScripts(page);
        AssertNoScriptUrlsOrHandlers(page);
        Assert.Empty(page.Main.QuerySelectorAll("img"));
    }

    private static void AssertOnlyTheAppsScripts(HtmlPage page)
    {
        // The paper page's JSON-LD is a data block, never run; its JSON must parse, so no seed text broke out of it.
        foreach (var data in page.FindAll("script[type='application/ld+json']"))
        {
            using var json = System.Text.Json.JsonDocument.Parse(data.TextContent);
        }

        var scripts = page.FindAll("script:not([type='application/ld+json'])");
        Assert.All(scripts, s =>
        {
            Assert.Equal("", s.TextContent.Trim());
            Assert.Matches("^(lib/katex/|js/(math|copy|shortcuts))", s.GetAttribute("src") ?? "");
        });
        Assert.Equal(5, scripts.Length);
    }

    private static void AssertNoScriptUrlsOrHandlers(HtmlPage page)
    {
        foreach (var element in page.Document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}=…>");
                if (s_urlAttributes.Contains(attribute.Name))
                {
                    Assert.DoesNotContain("javascript:", attribute.Value.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }
}
