using Bunit;
using Catalog.Components.Search;
using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Components.Tests.Search;

public sealed class SearchBoxTests : BunitContext
{
    [Fact]
    public void The_box_is_a_get_form_to_the_papers_page()
    {
        var cut = Render<SearchBox>();

        var form = cut.Find("form");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/papers", form.GetAttribute("action"));
        Assert.Equal("search", form.GetAttribute("role"));
        var input = cut.Find("input[type=search]");
        Assert.Equal("q", input.GetAttribute("name"));
        Assert.Null(input.GetAttribute("value"));
        Assert.Equal("Search", cut.Find("button[type=submit]").TextContent);
        Assert.Empty(cut.FindAll("input[type=hidden]"));
    }

    [Fact]
    public void The_label_names_the_input_by_its_id()
    {
        var cut = Render<SearchBox>(p => p.Add(c => c.InputId, "home-search").Add(c => c.Label, "Search the catalog").Add(c => c.Class, "search-large"));

        Assert.Equal("home-search", cut.Find("label").GetAttribute("for"));
        Assert.Equal("home-search", cut.Find("input[type=search]").Id);
        Assert.Equal("Search the catalog", cut.Find("label").TextContent);
        Assert.Equal("Search the catalog", cut.Find("form").GetAttribute("aria-label"));
        Assert.Contains("search-large", cut.Find("form").ClassList);
    }

    [Fact]
    public void The_current_query_fills_the_input_as_an_attribute_value()
    {
        var cut = Render<SearchBox>(p => p.Add(c => c.Query, "\"vision transformer\" -<script>"));

        Assert.Equal("\"vision transformer\" -<script>", cut.Find("input[type=search]").GetAttribute("value"));
        Assert.Empty(cut.FindAll("script"));
    }

    [Fact]
    public void Filters_and_sort_to_keep_become_hidden_inputs()
    {
        var keep = new SearchRequest
        {
            Query = "ignored", Authors = ["ada-lovelace", "mario-lucic"], Year = 2022, Venue = "ICLR 2023", Subject = "cs.LG",
            Sort = SearchSort.Title, Page = 3, AllAuthors = true,
        };

        var cut = Render<SearchBox>(p => p.Add(c => c.Keep, keep));

        Assert.Equal(
            [("author", "ada-lovelace"), ("author", "mario-lucic"), ("year", "2022"), ("venue", "ICLR 2023"), ("subject", "cs.LG"), ("sort", "title")],
            cut.FindAll("input[type=hidden]").Select(i => (i.GetAttribute("name"), i.GetAttribute("value"))));
    }

    [Fact]
    public void Issue16_a_new_search_from_a_filtered_results_page_keeps_the_subject()
    {
        var cut = Render<SearchBox>(p => p.Add(c => c.Query, "scaling").Add(c => c.Keep, new SearchRequest { Query = "scaling", Subject = "cs.LG", Year = 2023 }));

        Assert.Equal("cs.LG", cut.Find("input[type=hidden][name=subject]").GetAttribute("value"));
        Assert.Equal("2023", cut.Find("input[type=hidden][name=year]").GetAttribute("value"));
    }
}
