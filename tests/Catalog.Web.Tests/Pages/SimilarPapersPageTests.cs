using System.Text.Json;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

/// <summary>A paper page's "Similar papers", apart from "More by these authors", and the same list in the API.</summary>
public sealed class SimilarPapersPageTests(RealSeedsCatalog catalog) : IClassFixture<RealSeedsCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task The_paper_page_lists_similar_papers_under_their_own_heading_with_the_words_they_share()
    {
        using var page = await _client.GetOkPageAsync("/papers/2205.05131");

        var section = page.Find("section[aria-labelledby=similar-heading]");
        Assert.Equal("Similar papers", section.QuerySelector("h2")!.TextContent);
        var ids = HtmlPage.PaperIds(section);
        Assert.Equal("2210.11399", ids[0]);
        Assert.DoesNotContain("2205.05131", ids);
        Assert.StartsWith("Shares: UL2", HtmlPage.Text(section.QuerySelector("li p.shared")!));
    }

    [Fact]
    public async Task The_api_gives_the_same_similar_papers()
    {
        using var page = await _client.GetOkPageAsync("/papers/2205.05131");
        using var response = await _client.GetAsync("/api/papers/2205.05131");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var similar = json.RootElement.GetProperty("similar").EnumerateArray().ToList();
        Assert.Equal(HtmlPage.PaperIds(page.Find("section[aria-labelledby=similar-heading]")), similar.Select(s => s.GetProperty("id").GetString()!));
        Assert.Equal("/papers/2210.11399", similar[0].GetProperty("url").GetString());
        Assert.Contains("UL2", similar[0].GetProperty("sharedWords").EnumerateArray().Select(w => w.GetString()));
    }
}
