using Bunit;
using Catalog.Components.Papers;

namespace Catalog.Components.Tests.Papers;

public sealed class PaperListItemTests : BunitContext
{
    [Fact]
    public void The_item_carries_the_paper_id_and_links_its_title()
    {
        var cut = Render<PaperListItem>(p => p.Add(c => c.Paper, Samples.LambdaDarts));

        var item = cut.Find("li.paper");
        Assert.Equal("2210.07998", item.GetAttribute("data-paper-id"));
        var title = cut.Find("h3.paper-title a");
        Assert.Equal("/papers/2210.07998", title.GetAttribute("href"));
        Assert.Equal("$\\Lambda$-DARTS: Harmonizing Operation Selection", title.TextContent);
        Assert.Contains("tex", title.ClassList);
    }

    [Fact]
    public void The_item_shows_the_authors_date_and_venue()
    {
        var cut = Render<PaperListItem>(p => p.Add(c => c.Paper, Samples.LambdaDarts));

        Assert.Equal(["/authors/ada-lovelace", "/authors/mario-lucic"], cut.FindAll("p.paper-authors a").Select(a => a.GetAttribute("href")));
        Assert.Equal("2022-10-14", cut.Find("time").GetAttribute("datetime"));
        Assert.Equal("ICLR 2023", cut.Find(".venue").TextContent);
    }

    [Fact]
    public void A_paper_with_more_authors_than_listed_says_so()
    {
        var paper = Samples.LambdaDarts with { AuthorCount = 12 };

        var cut = Render<PaperListItem>(p => p.Add(c => c.Paper, paper));

        Assert.EndsWith("and 10 more", cut.Find("p.paper-authors").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Under_a_heading_of_its_own_the_title_is_one_level_lower()
    {
        var cut = Render<PaperListItem>(p => p.Add(c => c.Paper, Samples.LambdaDarts).Add(c => c.TitleLevel, 4));

        Assert.Equal("/papers/2210.07998", cut.Find("h4.paper-title a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("h3"));
    }
}
