using Bunit;
using Catalog.Components.Papers;

namespace Catalog.Components.Tests.Papers;

public sealed class PaperMetaTests : BunitContext
{
    [Fact]
    public void Date_and_venue_are_separated_by_a_hidden_dot()
    {
        var cut = Render<PaperMeta>(p => p.Add(c => c.Date, "2022-10-14").Add(c => c.Venue, "ICLR 2023"));

        Assert.Equal("2022-10-14", cut.Find("p.paper-meta time").GetAttribute("datetime"));
        Assert.Equal("ICLR 2023", cut.Find("span.venue").TextContent);
        Assert.Equal("true", cut.Find("span[aria-hidden]").GetAttribute("aria-hidden"));
        Assert.Equal("14 Oct 2022 · ICLR 2023", Normalize(cut.Find("p.paper-meta").TextContent));
    }

    [Fact]
    public void Without_a_venue_only_the_date_shows()
    {
        var cut = Render<PaperMeta>(p => p.Add(c => c.Date, "2022-08"));

        Assert.Equal("Aug 2022", Normalize(cut.Find("p.paper-meta").TextContent));
        Assert.Empty(cut.FindAll("span"));
    }

    [Fact]
    public void Without_a_date_only_the_venue_shows()
    {
        var cut = Render<PaperMeta>(p => p.Add(c => c.Venue, "TMLR 2023"));

        Assert.Empty(cut.FindAll("time"));
        Assert.Equal("TMLR 2023", Normalize(cut.Find("p.paper-meta").TextContent));
    }

    [Fact]
    public void Without_either_nothing_renders()
    {
        var cut = Render<PaperMeta>(p => p.Add(c => c.Date, "").Add(c => c.Venue, null));

        Assert.Empty(cut.Markup.Trim());
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
