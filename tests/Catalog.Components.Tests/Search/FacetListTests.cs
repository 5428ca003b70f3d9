using Bunit;
using Catalog.Components.Search;
using Catalog.Data.Search;

namespace Catalog.Components.Tests.Search;

public sealed class FacetListTests : BunitContext
{
    private static readonly FacetValue[] s_venues = [new("ICLR 2023", "ICLR 2023", 1234), new("TMLR 2023", "TMLR 2023", 1)];

    [Fact]
    public void Each_value_is_a_link_with_its_label_and_count()
    {
        var cut = Render<FacetList>(p => p
            .Add(c => c.Name, "venues")
            .Add(c => c.Title, "Venues")
            .Add(c => c.Values, s_venues)
            .Add(c => c.Link, v => $"/papers?venue={Uri.EscapeDataString(v.Value)}"));

        var section = cut.Find("section.facet");
        Assert.Equal("facet-venues", section.GetAttribute("aria-labelledby"));
        Assert.Equal("Venues", cut.Find("h2#facet-venues").TextContent);
        var links = cut.FindAll("li a");
        Assert.Equal(["/papers?venue=ICLR%202023", "/papers?venue=TMLR%202023"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["ICLR 2023", "TMLR 2023"], links.Select(a => a.QuerySelector(".facet-label")!.TextContent));
        Assert.Equal(["1,234", "1"], links.Select(a => a.QuerySelector(".count")!.TextContent));
        Assert.All(links, a => Assert.Null(a.GetAttribute("aria-current")));
        Assert.Empty(cut.FindAll("a.facet-more"));
    }

    [Fact]
    public void An_active_value_is_marked_and_its_link_says_it_removes_the_filter()
    {
        var cut = Render<FacetList>(p => p
            .Add(c => c.Name, "venues")
            .Add(c => c.Title, "Venues")
            .Add(c => c.Values, s_venues)
            .Add(c => c.Link, v => v.Value == "ICLR 2023" ? "/papers" : "/papers?venue=TMLR%202023")
            .Add(c => c.IsActive, v => v.Value == "ICLR 2023"));

        var active = cut.Find("a.active");
        Assert.Equal("/papers", active.GetAttribute("href"));
        Assert.Equal("true", active.GetAttribute("aria-current"));
        Assert.Equal("Remove filter: ICLR 2023", active.GetAttribute("title"));
        Assert.Single(cut.FindAll("a.active"));
        Assert.Null(cut.FindAll("li a")[1].GetAttribute("title"));
    }

    [Fact]
    public void A_more_link_leads_to_every_value()
    {
        var cut = Render<FacetList>(p => p
            .Add(c => c.Name, "authors")
            .Add(c => c.Title, "Authors")
            .Add(c => c.Values, [new FacetValue("ada-lovelace", "Ada Lovelace", 3)])
            .Add(c => c.Link, v => "/papers?author=" + v.Value)
            .Add(c => c.MoreLink, "/papers?more=authors"));

        var more = cut.Find("a.facet-more");
        Assert.Equal("/papers?more=authors", more.GetAttribute("href"));
        Assert.Equal("All authors", more.TextContent);
    }

    [Fact]
    public void No_values_render_nothing()
    {
        var cut = Render<FacetList>(p => p
            .Add(c => c.Name, "years")
            .Add(c => c.Title, "Years")
            .Add(c => c.Values, [])
            .Add(c => c.Link, _ => "/papers")
            .Add(c => c.MoreLink, "/papers?more=authors"));

        Assert.Empty(cut.Markup.Trim());
    }
}
