using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests;

/// <summary>The Atom feeds, read back by System.ServiceModel.Syndication's Atom 1.0 reader.</summary>
public sealed class FeedTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task The_newest_papers_feed_lists_the_papers_newest_first_with_authors_and_links()
    {
        using var page = await _client.GetOkPageAsync("/papers");
        var feed = await LoadAsync("/papers.atom");

        Assert.Equal("Catalog: newest papers", feed.Title.Text);
        Assert.Equal(HtmlPage.PaperIds(page.Main), feed.Items.Select(i => i.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsolutePath.Split('/')[^1]));
        var darts = feed.Items.Single(i => i.Id.EndsWith("/papers/2210.07998", StringComparison.Ordinal));
        Assert.Equal("Λ-DARTS: Harmonizing Operation Selection among Cells", darts.Title.Text);
        Assert.Equal(["Ada Lovelace", "Mario Lučić", "Grace Hopper"], darts.Authors.Select(a => a.Name));
        Assert.Equal(new DateTimeOffset(2022, 10, 14, 0, 0, 0, TimeSpan.Zero), darts.PublishDate);
    }

    [Fact]
    public async Task A_search_feed_keeps_the_searchs_query_and_filters()
    {
        var feed = await LoadAsync("/papers.atom?q=upcycling&author=ada-lovelace");

        Assert.Contains("upcycling", feed.Title.Text, StringComparison.Ordinal);
        Assert.Single(feed.Items);
    }

    [Fact]
    public async Task An_authors_feed_has_their_papers_and_is_linked_from_their_page()
    {
        using var page = await _client.GetOkPageAsync("/authors/ada-lovelace");
        var link = page.Find("head link[rel=alternate][type='application/atom+xml']");
        var feed = await LoadAsync(link.GetAttribute("href")!);

        Assert.Equal("/authors/ada-lovelace.atom", link.GetAttribute("href"));
        Assert.Equal("Catalog: papers by Ada Lovelace", feed.Title.Text);
        Assert.Equal(HtmlPage.PaperIds(page.Main).Count, feed.Items.Count());
        Assert.All(feed.Items, i => Assert.Contains(i.Authors, a => a.Name == "Ada Lovelace"));
    }

    [Theory]
    [InlineData("/papers", "/papers.atom")]
    [InlineData("/papers?q=transformer&year=2022", "/papers.atom?q=transformer&year=2022")]
    [InlineData("/", "/papers.atom")]
    public async Task Result_pages_link_their_feed(string url, string feed)
    {
        using var page = await _client.GetOkPageAsync(url);

        Assert.Equal(feed, page.Find("head link[rel=alternate][type='application/atom+xml']").GetAttribute("href"));
    }

    /// <summary>Issue 16: the feed's title repeats the search, and the XML writer refused a control character in it (500).</summary>
    [Theory]
    [InlineData("%00", "a b")]
    [InlineData("%01", "a b")]
    [InlineData("%EF%BF%BE", "a b")]
    [InlineData("%ED%A0%80", "a b")]
    [InlineData("%1B%5B31m", "a b")]
    public async Task Issue16_a_search_feed_of_characters_that_are_not_text_is_a_feed(string character, string words)
    {
        var around = words.Split(' ');
        var feed = await LoadAsync($"/papers.atom?q={around[0]}{character}{around[1]}");

        Assert.StartsWith("Catalog: papers matching “a", feed.Title.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(feed.Title.Text, char.IsControl);
    }

    [Fact]
    public async Task An_unknown_authors_feed_is_404()
    {
        using var response = await _client.GetAsync(new Uri("/authors/no-one.atom", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<SyndicationFeed> LoadAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), $"{url} is not an Atom 1.0 feed.");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}
