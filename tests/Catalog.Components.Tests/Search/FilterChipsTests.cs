using Bunit;
using Catalog.Components.Search;
using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Components.Tests.Search;

public sealed class FilterChipsTests : BunitContext
{
    [Fact]
    public void No_filters_render_nothing()
    {
        var cut = Render<FilterChips>(p => p.Add(c => c.Result, Samples.ResultFor(new SearchRequest { Query = "darts", Sort = SearchSort.Title })));

        Assert.Empty(cut.Markup.Trim());
    }

    [Fact]
    public void Each_filter_is_a_chip_whose_link_removes_only_that_filter()
    {
        var request = new SearchRequest { Query = "darts", Authors = ["ada-lovelace", "mario-lucic"], Year = 2022, Venue = "ICLR 2023", Sort = SearchSort.Oldest, Page = 2 };

        var cut = Render<FilterChips>(p => p.Add(c => c.Result, Samples.ResultFor(request, Samples.Mario, Samples.Ada)));

        Assert.Equal("Active filters", cut.Find("ul.chips").GetAttribute("aria-label"));
        var chips = cut.FindAll("a.chip");
        Assert.Equal(
            ["Author: Ada Lovelace × (remove)", "Author: Mario Lučić × (remove)", "Year: 2022 × (remove)", "Venue: ICLR 2023 × (remove)", "Clear all filters"],
            chips.Select(a => a.TextContent.Trim()));
        Assert.Equal(
            [
                "/papers?q=darts&author=mario-lucic&year=2022&venue=ICLR%202023&sort=oldest",
                "/papers?q=darts&author=ada-lovelace&year=2022&venue=ICLR%202023&sort=oldest",
                "/papers?q=darts&author=ada-lovelace&author=mario-lucic&venue=ICLR%202023&sort=oldest",
                "/papers?q=darts&author=ada-lovelace&author=mario-lucic&year=2022&sort=oldest",
                "/papers?q=darts&sort=oldest",
            ],
            chips.Select(a => a.GetAttribute("href")));
        Assert.Contains("chip-clear", chips[^1].ClassList);
    }

    [Fact]
    public void One_filter_has_no_clear_all_chip()
    {
        var cut = Render<FilterChips>(p => p.Add(c => c.Result, Samples.ResultFor(new SearchRequest { Year = 2021 })));

        var chip = Assert.Single(cut.FindAll("a.chip"));
        Assert.Equal("/papers", chip.GetAttribute("href"));
        Assert.Empty(cut.FindAll("a.chip-clear"));
    }

    [Fact]
    public void An_unknown_author_is_named_by_the_slug_given()
    {
        var cut = Render<FilterChips>(p => p.Add(c => c.Result, Samples.ResultFor(new SearchRequest { Authors = ["<nobody>"] })));

        Assert.Equal("Author: unknown author “<nobody>” × (remove)", cut.Find("a.chip").TextContent.Trim());
        Assert.Empty(cut.FindAll("nobody"));
    }
}
