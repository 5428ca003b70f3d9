using System.Net;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

/// <summary>What every page has: one h1, a title naming it, a meta description, the site's header, main and footer.</summary>
public sealed class PageStructureTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Theory]
    [InlineData("/", "Fixture Papers for the Web Tests · Catalog")]
    [InlineData("/papers", "Papers · Catalog")]
    [InlineData("/papers?q=darts", "“darts” · Catalog")]
    [InlineData("/papers?q=zzzz", "“zzzz” · Catalog")]
    [InlineData("/papers?author=ada-lovelace&year=2022", "Papers · Catalog")]
    [InlineData("/papers/2210.07998", "Λ-DARTS: Harmonizing Operation Selection among Cells · Catalog")]
    [InlineData("/papers/parallels", "Intersection of Parallels as a Stopping Criterion · Catalog")]
    [InlineData("/authors", "Authors · Catalog")]
    [InlineData("/authors?q=a&sort=papers", "Authors · Catalog")]
    [InlineData("/authors/mario-lucic", "Mario Lučić · Catalog")]
    [InlineData("/nope", "Not found · Catalog")]
    [InlineData("/papers/nope", "Not found · Catalog")]
    [InlineData("/authors/nobody", "Not found · Catalog")]
    public async Task Every_page_has_one_h1_a_title_and_a_description(string url, string title)
    {
        using var page = await _client.GetPageAsync(url);

        Assert.True(page.Status is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url} answered {(int)page.Status}");
        Assert.Single(page.FindAll("h1"));
        Assert.False(string.IsNullOrWhiteSpace(page.H1.TextContent));
        Assert.Single(page.FindAll("head > title"));
        Assert.Equal(title, page.Title);
        Assert.Single(page.FindAll("meta[name=description]"));
        Assert.False(string.IsNullOrWhiteSpace(page.MetaDescription));
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", page.Find("meta[charset]").GetAttribute("charset"));
        Assert.NotNull(page.Document.QuerySelector("meta[name=viewport]"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/papers")]
    [InlineData("/papers/2210.07998")]
    [InlineData("/authors")]
    [InlineData("/authors/ada-lovelace")]
    [InlineData("/nope")]
    public async Task Every_page_has_the_site_layout(string url)
    {
        using var page = await _client.GetPageAsync(url);

        Assert.Equal("#main", page.Find("a.skip-link").GetAttribute("href"));
        Assert.Equal(["/", "/papers", "/authors"], page.FindAll("header.site-header a:not(form a)").Select(a => a.GetAttribute("href")));
        Assert.Single(page.FindAll("main#main"));
        Assert.Single(page.FindAll("footer.site-footer"));
    }

    [Theory]
    [InlineData("/papers/2210.07998")]
    [InlineData("/authors")]
    [InlineData("/authors/ada-lovelace")]
    public async Task Pages_without_their_own_search_box_have_one_in_the_header(string url)
    {
        using var page = await _client.GetPageAsync(url);

        var form = page.Find("header form[role=search]");
        Assert.Equal("/papers", form.GetAttribute("action"));
        Assert.Equal("header-search", form.QuerySelector("input[name=q]")!.Id);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/papers")]
    [InlineData("/papers?q=darts")]
    [InlineData("/nope")]
    [InlineData("/papers/nope")]
    [InlineData("/authors/nobody")]
    public async Task Pages_with_their_own_search_box_have_none_in_the_header(string url)
    {
        using var page = await _client.GetPageAsync(url);

        Assert.Empty(page.FindAll("header form"));
        Assert.Single(page.FindAll("main form[role=search]"));
    }

    [Theory]
    [InlineData("/papers/2210.07998")]
    [InlineData("/papers?q=darts")]
    [InlineData("/authors/ada-lovelace")]
    public async Task No_title_or_description_shows_TeX_source(string url)
    {
        using var page = await _client.GetOkPageAsync(url);

        Assert.DoesNotContain("$", page.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("\\", page.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("\\Lambda", page.MetaDescription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ids_in_a_page_are_unique()
    {
        foreach (var url in new[] { "/", "/papers?q=the", "/papers/2210.07998", "/authors", "/authors/ada-lovelace", "/nope" })
        {
            using var page = await _client.GetPageAsync(url);
            var ids = page.FindAll("[id]").Select(e => e.Id!).ToList();
            Assert.True(ids.Count == ids.Distinct().Count(), $"{url} repeats ids: {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
        }
    }

    [Fact]
    public async Task Landmarks_of_a_kind_have_distinct_names()
    {
        foreach (var url in new[] { "/", "/papers?q=the", "/papers/2210.07998", "/authors", "/authors/ada-lovelace", "/nope", "/papers/nope" })
        {
            using var page = await _client.GetPageAsync(url);
            foreach (var selector in new[] { "[role=search]", "nav" })
            {
                var names = page.FindAll(selector).Select(e => e.GetAttribute("aria-label")).ToList();
                Assert.True(names.Count == names.Distinct().Count(), $"{url}: {selector} landmarks share a name: {string.Join(", ", names)}");
            }
        }
    }

    [Fact]
    public async Task The_stylesheets_scripts_and_icon_the_layout_links_are_served()
    {
        using var page = await _client.GetOkPageAsync("/");
        var assets = page.FindAll("link[rel=stylesheet], link[rel=icon]").Select(l => l.GetAttribute("href")!)
            .Concat(page.FindAll("script[src]").Select(s => s.GetAttribute("src")!))
            .ToList();

        Assert.Equal(8, assets.Count);
        foreach (var asset in assets)
        {
            using var response = await _client.GetAsync(new Uri("/" + asset, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset} answered {(int)response.StatusCode}");
        }
    }
}
