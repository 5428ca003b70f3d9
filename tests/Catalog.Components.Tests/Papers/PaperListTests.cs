using Bunit;
using Catalog.Components.Papers;

namespace Catalog.Components.Tests.Papers;

public sealed class PaperListTests : BunitContext
{
    [Fact]
    public void Papers_are_an_ordered_list_in_the_order_given()
    {
        var cut = Render<PaperList>(p => p.Add(c => c.Papers, [Samples.NoVenue, Samples.LambdaDarts]));

        Assert.Equal(["parallels", "2210.07998"], cut.FindAll("ol.paper-list > li").Select(li => li.GetAttribute("data-paper-id")));
        Assert.Empty(cut.FindAll("p.empty"));
    }

    [Fact]
    public void No_papers_shows_the_empty_text_instead_of_a_list()
    {
        var cut = Render<PaperList>(p => p.Add(c => c.Papers, []).Add(c => c.EmptyText, "No other papers by these authors."));

        Assert.Empty(cut.FindAll("ol"));
        Assert.Equal("No other papers by these authors.", cut.Find("p.empty").TextContent);
    }

    [Fact]
    public void The_empty_text_has_a_default()
    {
        var cut = Render<PaperList>(p => p.Add(c => c.Papers, []));

        Assert.Equal("No papers.", cut.Find("p.empty").TextContent);
    }
}
