using Bunit;
using Catalog.Components.Search;
using Catalog.Data.Search;

namespace Catalog.Components.Tests.Search;

public sealed class SearchHitItemTests : BunitContext
{
    [Fact]
    public void The_hit_carries_the_paper_id_and_marks_matches_in_title_and_snippet()
    {
        var hit = new SearchHit(Samples.LambdaDarts, Samples.Marked("$\\Lambda$-[DARTS]: Harmonizing Operation Selection"), Samples.Marked("…prevents collapse in [DARTS] by…"));

        var cut = Render<SearchHitItem>(p => p.Add(c => c.Hit, hit));

        Assert.Equal("2210.07998", cut.Find("li.hit").GetAttribute("data-paper-id"));
        var title = cut.Find("h3.paper-title a");
        Assert.Equal("/papers/2210.07998", title.GetAttribute("href"));
        Assert.Equal("DARTS", title.QuerySelector("mark")!.TextContent);
        Assert.Equal("$\\Lambda$-DARTS: Harmonizing Operation Selection", title.TextContent);
        var snippet = cut.Find("p.snippet");
        Assert.Contains("tex", snippet.ClassList);
        Assert.Equal("DARTS", snippet.QuerySelector("mark")!.TextContent);
        Assert.Equal("…prevents collapse in DARTS by…", snippet.TextContent);
    }

    [Fact]
    public void The_hit_shows_authors_and_meta()
    {
        var hit = new SearchHit(Samples.NoVenue, Samples.NoVenue.Title, "");

        var cut = Render<SearchHitItem>(p => p.Add(c => c.Hit, hit));

        Assert.Equal("Grace Hopper", cut.Find("p.paper-authors a").TextContent);
        Assert.Equal("2022-08", cut.Find("time").GetAttribute("datetime"));
        Assert.Empty(cut.FindAll(".venue"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_snippet_is_left_out(string snippet)
    {
        var hit = new SearchHit(Samples.NoVenue, Samples.NoVenue.Title, snippet);

        var cut = Render<SearchHitItem>(p => p.Add(c => c.Hit, hit));

        Assert.Empty(cut.FindAll("p.snippet"));
        Assert.Empty(cut.FindAll("mark"));
    }

    [Fact]
    public void Markup_in_a_snippet_stays_text()
    {
        var hit = new SearchHit(Samples.NoVenue, Samples.NoVenue.Title, Samples.Marked("see <script>alert(1)</script> and [<a href=\"javascript:alert(1)\">x</a>]"));

        var cut = Render<SearchHitItem>(p => p.Add(c => c.Hit, hit));

        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("p.snippet a"));
        Assert.Equal("<a href=\"javascript:alert(1)\">x</a>", cut.Find("p.snippet mark").TextContent);
    }
}
