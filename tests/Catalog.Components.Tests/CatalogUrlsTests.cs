using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Components.Tests;

public sealed class CatalogUrlsTests
{
    [Fact]
    public void Home_and_papers_are_fixed_paths()
    {
        Assert.Equal("/", CatalogUrls.Home);
        Assert.Equal("/papers", CatalogUrls.Papers);
    }

    [Theory]
    [InlineData("2210.07998", "/papers/2210.07998")]
    [InlineData("a b/c?d", "/papers/a%20b%2Fc%3Fd")]
    public void Paper_escapes_the_id_as_one_path_segment(string id, string url)
    {
        Assert.Equal(url, CatalogUrls.Paper(id));
    }

    [Theory]
    [InlineData("mario-lucic", "/authors/mario-lucic")]
    [InlineData("ščř/..", "/authors/%C5%A1%C4%8D%C5%99%2F..")]
    public void Author_escapes_the_slug_as_one_path_segment(string slug, string url)
    {
        Assert.Equal(url, CatalogUrls.Author(slug));
    }

    [Fact]
    public void Authors_leaves_out_empty_parameters_and_the_first_page()
    {
        Assert.Equal("/authors", CatalogUrls.Authors());
        Assert.Equal("/authors", CatalogUrls.Authors("", null, 1));
        Assert.Equal("/authors?sort=papers", CatalogUrls.Authors(sort: "papers"));
        Assert.Equal("/authors?q=hou&sort=papers&page=2", CatalogUrls.Authors("hou", "papers", 2));
        Assert.Equal("/authors?q=Lu%C4%8Di%C4%87%20%26%20co", CatalogUrls.Authors("Lučić & co"));
    }

    [Fact]
    public void Search_without_anything_is_the_papers_page()
    {
        Assert.Equal("/papers", CatalogUrls.Search(new SearchRequest()));
        Assert.Equal("/papers", CatalogUrls.Search(new SearchRequest { Query = "   ", Page = 1 }));
    }

    [Fact]
    public void Search_puts_every_parameter_in_a_fixed_order()
    {
        var request = new SearchRequest
        {
            Page = 3,
            AllAuthors = true,
            Sort = SearchSort.Oldest,
            Venue = "ICLR 2023",
            Year = 2022,
            Authors = ["ada-lovelace", "mario-lucic"],
            Query = "vision transformer",
        };

        Assert.Equal(
            "/papers?q=vision%20transformer&author=ada-lovelace&author=mario-lucic&year=2022&venue=ICLR%202023&sort=oldest&more=authors&page=3",
            CatalogUrls.Search(request));
    }

    [Fact]
    public void Search_escapes_query_syntax_so_it_survives_the_round_trip()
    {
        var url = CatalogUrls.SearchFor("\"a&b\" -c OR d* #e+f=g");

        Assert.Equal("/papers?q=%22a%26b%22%20-c%20OR%20d%2A%20%23e%2Bf%3Dg", url);
        Assert.Equal("\"a&b\" -c OR d* #e+f=g", Uri.UnescapeDataString(url["/papers?q=".Length..]));
    }

    [Fact]
    public void Search_links_for_a_query_and_for_an_author()
    {
        Assert.Equal("/papers?q=DARTS", CatalogUrls.SearchFor("DARTS"));
        Assert.Equal("/papers?author=mario-lucic", CatalogUrls.SearchByAuthor("mario-lucic"));
    }

    [Fact]
    public void Search_with_each_sort_names_it_in_lower_case()
    {
        foreach (var sort in Enum.GetValues<SearchSort>())
        {
            Assert.Equal($"/papers?sort={sort.ToString().ToLowerInvariant()}", CatalogUrls.Search(new SearchRequest { Sort = sort }));
        }
    }
}
