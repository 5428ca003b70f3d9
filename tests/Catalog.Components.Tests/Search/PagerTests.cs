using Bunit;
using Catalog.Components.Search;

namespace Catalog.Components.Tests.Search;

public sealed class PagerTests : BunitContext
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 1)]
    public void A_single_page_has_no_pager(int page, int pageCount)
    {
        var cut = RenderPager(page, pageCount);

        Assert.Empty(cut.Markup.Trim());
    }

    [Fact]
    public void The_first_page_has_no_previous_link_and_a_next_link()
    {
        var cut = RenderPager(1, 3);

        Assert.Equal("Pages", cut.Find("nav.pager").GetAttribute("aria-label"));
        Assert.Equal("true", cut.Find("span.disabled").GetAttribute("aria-disabled"));
        Assert.Equal("← Previous", cut.Find("span.disabled").TextContent);
        Assert.Empty(cut.FindAll("a[rel=prev]"));
        Assert.Equal("/p/2", cut.Find("a[rel=next]").GetAttribute("href"));
        Assert.Equal(["1", "2", "3"], Numbers(cut));
    }

    [Fact]
    public void The_last_page_has_a_previous_link_and_no_next_link()
    {
        var cut = RenderPager(3, 3);

        Assert.Equal("/p/2", cut.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("a[rel=next]"));
        Assert.Equal("Next →", cut.Find("span.disabled").TextContent);
    }

    [Fact]
    public void The_current_page_is_marked_and_every_number_links_to_its_page()
    {
        var cut = RenderPager(2, 3);

        var current = cut.Find("a[aria-current=page]");
        Assert.Equal("2", current.TextContent);
        Assert.Equal("/p/2", current.GetAttribute("href"));
        Assert.Equal(["Page 1", "Page 2", "Page 3"], cut.FindAll("a[aria-label]").Select(a => a.GetAttribute("aria-label")));
        Assert.Equal(["/p/1", "/p/2", "/p/3"], cut.FindAll("a[aria-label]").Select(a => a.GetAttribute("href")));
        Assert.Empty(cut.FindAll("span.disabled"));
    }

    [Fact]
    public void Long_runs_show_the_ends_and_two_either_side_with_gaps()
    {
        var cut = RenderPager(10, 50);

        Assert.Equal(["1", "…", "8", "9", "10", "11", "12", "…", "50"], Numbers(cut));
        Assert.All(cut.FindAll("span.gap"), gap => Assert.Equal("true", gap.GetAttribute("aria-hidden")));
    }

    [Fact]
    public void No_gap_stands_for_a_single_page()
    {
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9"], Numbers(RenderPager(5, 9)));
        Assert.Equal(["1", "2", "3", "4", "5", "…", "10"], Numbers(RenderPager(3, 10)));
        Assert.Equal(["1", "…", "5", "6", "7"], Numbers(RenderPager(7, 7)));
    }

    [Fact]
    public void A_page_past_the_end_still_links_back_to_the_last_page()
    {
        var cut = RenderPager(9, 3);

        Assert.Equal("/p/3", cut.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("a[aria-current]"));
        Assert.Equal(["1", "2", "3"], Numbers(cut));
    }

    private IRenderedComponent<Pager> RenderPager(int page, int pageCount) =>
        Render<Pager>(p => p.Add(c => c.Page, page).Add(c => c.PageCount, pageCount).Add(c => c.Link, n => $"/p/{n}"));

    private static List<string> Numbers(IRenderedComponent<Pager> cut) =>
        [.. cut.FindAll("nav.pager li").Skip(1).SkipLast(1).Select(li => li.TextContent.Trim())];
}
