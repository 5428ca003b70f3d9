using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

public sealed class PaperSearchPageTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task Without_a_query_every_paper_is_listed_newest_first()
    {
        using var page = await _client.GetOkPageAsync("/papers");

        Assert.Equal("Papers", page.H1.TextContent);
        Assert.Equal("Papers · Catalog", page.Title);
        Assert.Equal("6 papers", page.Find("p.result-count").TextContent);
        Assert.Equal(["2302.01327", "2212.05055", "2210.07998", "parallels", "2202.06991", "untrusted-markdown"], HtmlPage.PaperIds(page.Find("ol.hits")));
        Assert.Empty(page.FindAll("nav.pager"));
    }

    [Fact]
    public async Task A_query_says_how_many_papers_match_it_and_marks_the_matches()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=darts");

        Assert.Equal("Search results", page.H1.TextContent);
        Assert.Equal("1 paper matches “darts”", page.Find("p.result-count").TextContent);
        Assert.Equal("“darts” · Catalog", page.Title);
        Assert.Equal("1 paper in the catalog matches “darts”.", page.MetaDescription);
        var hit = Assert.Single(page.FindAll("ol.hits > li"));
        Assert.Equal("2210.07998", hit.GetAttribute("data-paper-id"));
        Assert.Equal("DARTS", hit.QuerySelector(".paper-title mark")!.TextContent);
        Assert.Equal("DARTS", hit.QuerySelector("p.snippet mark")!.TextContent);
        Assert.Equal("darts", page.Find("#results-search").GetAttribute("value"));
    }

    [Fact]
    public async Task Several_matches_are_counted_in_the_plural()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=transformer");

        Assert.Equal("2 papers match “transformer”", page.Find("p.result-count").TextContent);
        Assert.Equal(["2202.06991", "2302.01327"], HtmlPage.PaperIds(page.Find("ol.hits")).Order());
        Assert.All(page.FindAll("ol.hits > li"), hit => Assert.NotNull(hit.QuerySelector("mark")));
    }

    [Fact]
    public async Task A_diacritic_free_query_finds_a_name_with_diacritics()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=lucic");

        Assert.Equal(["2210.07998", "2302.01327"], HtmlPage.PaperIds(page.Find("ol.hits")).Order());
    }

    [Theory]
    [InlineData("", "newest", new[] { "2302.01327", "2212.05055", "2210.07998", "parallels", "2202.06991", "untrusted-markdown" })]
    [InlineData("&sort=newest", "newest", new[] { "2302.01327", "2212.05055", "2210.07998", "parallels", "2202.06991", "untrusted-markdown" })]
    [InlineData("&sort=oldest", "oldest", new[] { "untrusted-markdown", "2202.06991", "parallels", "2210.07998", "2212.05055", "2302.01327" })]
    [InlineData("&sort=title", "title", new[] { "2210.07998", "2302.01327", "parallels", "untrusted-markdown", "2212.05055", "2202.06991" })]
    [InlineData("&sort=TITLE", "title", new[] { "2210.07998", "2302.01327", "parallels", "untrusted-markdown", "2212.05055", "2202.06991" })]
    public async Task Browsing_sorts_by_date_or_title(string sort, string current, string[] ids)
    {
        using var page = await _client.GetOkPageAsync("/papers?" + sort);

        Assert.Equal(ids, HtmlPage.PaperIds(page.Find("ol.hits")));
        Assert.Equal(current, page.Find("nav.sort a[aria-current=true]").TextContent);
        Assert.Equal(["newest", "oldest", "title"], page.FindAll("nav.sort a").Select(a => a.TextContent));
    }

    [Theory]
    [InlineData("", "relevance", new[] { "2202.06991", "2210.07998" })]
    [InlineData("&sort=relevance", "relevance", new[] { "2202.06991", "2210.07998" })]
    [InlineData("&sort=newest", "newest", new[] { "2210.07998", "2202.06991" })]
    [InlineData("&sort=oldest", "oldest", new[] { "2202.06991", "2210.07998" })]
    [InlineData("&sort=title", "title", new[] { "2210.07998", "2202.06991" })]
    public async Task A_search_ranks_title_matches_first_and_can_sort_otherwise(string sort, string current, string[] ids)
    {
        using var page = await _client.GetOkPageAsync("/papers?q=search" + sort);

        Assert.Equal(ids, HtmlPage.PaperIds(page.Find("ol.hits")));
        Assert.Equal(current, page.Find("nav.sort a[aria-current=true]").TextContent);
        Assert.Equal(
            ["/papers?q=search&sort=relevance", "/papers?q=search&sort=newest", "/papers?q=search&sort=oldest", "/papers?q=search&sort=title"],
            page.FindAll("nav.sort a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Repeated_authors_find_the_papers_by_all_of_them()
    {
        using var both = await _client.GetOkPageAsync("/papers?author=ada-lovelace&author=grace-hopper");
        using var three = await _client.GetOkPageAsync("/papers?author=ada-lovelace&author=mario-lucic&author=grace-hopper");
        using var none = await _client.GetOkPageAsync("/papers?author=eve-mallory&author=ada-lovelace");

        Assert.Equal(["2212.05055", "2210.07998", "2202.06991"], HtmlPage.PaperIds(both.Find("ol.hits")));
        Assert.Equal(["2210.07998"], HtmlPage.PaperIds(three.Find("ol.hits")));
        Assert.Empty(none.FindAll("ol.hits"));
        Assert.Equal("0 papers", none.Find("p.result-count").TextContent);
    }

    [Fact]
    public async Task Year_and_venue_filter_the_papers()
    {
        using var year = await _client.GetOkPageAsync("/papers?year=2022");
        using var venue = await _client.GetOkPageAsync("/papers?venue=ICLR%202023");
        using var both = await _client.GetOkPageAsync("/papers?q=dense&year=2022&venue=ICLR%202023&author=alan-turing");

        Assert.Equal(["2212.05055", "2210.07998", "parallels", "2202.06991"], HtmlPage.PaperIds(year.Find("ol.hits")));
        Assert.Equal(["2212.05055", "2210.07998"], HtmlPage.PaperIds(venue.Find("ol.hits")));
        Assert.Equal(["2212.05055"], HtmlPage.PaperIds(both.Find("ol.hits")));
    }

    [Fact]
    public async Task Facets_count_authors_years_and_venues_over_all_the_papers()
    {
        using var page = await _client.GetOkPageAsync("/papers");

        Assert.Equal(
            ["Ada Lovelace 4", "Grace Hopper 3", "Alan Turing 2", "Mario Lučić 2", "Eve Mallory 1", "Neil Houlsby 1", "Yi Tay 1"],
            Facet(page, "authors"));
        Assert.Equal(["2023 1", "2022 4", "2021 1"], Facet(page, "years"));
        Assert.Equal(["ICLR 2023 2", "NeurIPS 2022 1", "TMLR 2023 1", "Workshop on Hostile Inputs 1"], Facet(page, "venues"));
    }

    [Fact]
    public async Task Facets_count_over_the_result_set_only()
    {
        using var page = await _client.GetOkPageAsync("/papers?author=mario-lucic");

        Assert.Equal(["Mario Lučić 2", "Ada Lovelace 1", "Grace Hopper 1", "Neil Houlsby 1"], Facet(page, "authors"));
        Assert.Equal(["2023 1", "2022 1"], Facet(page, "years"));
        Assert.Equal(["ICLR 2023 1", "TMLR 2023 1"], Facet(page, "venues"));
    }

    [Fact]
    public async Task Each_facet_value_links_to_add_its_filter_or_to_remove_it_when_active()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=the&author=mario-lucic&sort=title");

        Assert.Equal(
            ["/papers?q=the&sort=title", "/papers?q=the&author=mario-lucic&author=ada-lovelace&sort=title"],
            FacetLinks(page, "authors").Take(2));
        Assert.Equal("true", page.Find("#facet-authors + ul a.active").GetAttribute("aria-current"));
        Assert.Equal("Mario Lučić", page.Find("#facet-authors + ul a.active .facet-label").TextContent);
        Assert.Contains("/papers?q=the&author=mario-lucic&year=2023&sort=title", FacetLinks(page, "years"));
        Assert.Contains("/papers?q=the&author=mario-lucic&venue=TMLR%202023&sort=title", FacetLinks(page, "venues"));

        using var withYear = await _client.GetOkPageAsync("/papers?q=the&author=mario-lucic&year=2023&sort=title");
        Assert.Equal(["/papers?q=the&author=mario-lucic&sort=title"], FacetLinks(withYear, "years"));
        Assert.Equal("2023", withYear.Find("#facet-years + ul a.active .facet-label").TextContent);
    }

    [Fact]
    public async Task Following_facet_links_narrows_the_results()
    {
        using var start = await _client.GetOkPageAsync("/papers");
        var iclr = start.FindAll("#facet-venues + ul a").First(a => a.TextContent.Contains("ICLR 2023", StringComparison.Ordinal)).GetAttribute("href")!;

        using var narrowed = await _client.GetOkPageAsync(iclr);

        Assert.Equal("2 papers", narrowed.Find("p.result-count").TextContent);
        Assert.Equal(["Ada Lovelace 2", "Grace Hopper 2", "Alan Turing 1", "Mario Lučić 1"], Facet(narrowed, "authors"));
    }

    [Fact]
    public async Task Active_filters_are_chips_that_each_remove_one_filter()
    {
        using var page = await _client.GetOkPageAsync("/papers?author=ada-lovelace&author=mario-lucic&year=2022&venue=ICLR%202023");

        var chips = page.FindAll("ul.chips a.chip");
        Assert.Equal(
            ["Author: Ada Lovelace × (remove)", "Author: Mario Lučić × (remove)", "Year: 2022 × (remove)", "Venue: ICLR 2023 × (remove)", "Clear all filters"],
            chips.Select(HtmlPage.Text));
        Assert.Equal(
            [
                "/papers?author=mario-lucic&year=2022&venue=ICLR%202023",
                "/papers?author=ada-lovelace&year=2022&venue=ICLR%202023",
                "/papers?author=ada-lovelace&author=mario-lucic&venue=ICLR%202023",
                "/papers?author=ada-lovelace&author=mario-lucic&year=2022",
                "/papers",
            ],
            chips.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_search_box_on_results_keeps_the_filters()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=cells&author=ada-lovelace&year=2022&venue=ICLR%202023");

        Assert.Equal(
            [("author", "ada-lovelace"), ("year", "2022"), ("venue", "ICLR 2023")],
            page.FindAll("main form[role=search] input[type=hidden]").Select(i => (i.GetAttribute("name"), i.GetAttribute("value"))));
    }

    [Fact]
    public async Task Issue18_a_search_no_paper_has_every_word_of_ranks_the_papers_with_some_and_links_the_strict_search()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=how%20do%20zzzz%20darts");

        Assert.Equal(["2210.07998"], HtmlPage.PaperIds(page.Find("ol.hits")));
        var note = page.Find("p.ranked-note");
        Assert.StartsWith("No paper has all 2 words; 1 paper has some of them, best first.", note.TextContent.Trim());
        Assert.Contains("Not asked for: how, do.", note.TextContent);
        var strict = note.QuerySelector("a")!;
        Assert.Equal("Search for every word", strict.TextContent);
        Assert.Equal("/papers?q=how%20do%20zzzz%20darts&match=all", strict.GetAttribute("href"));

        using var strictPage = await _client.GetOkPageAsync(strict.GetAttribute("href")!);
        Assert.Empty(strictPage.FindAll("ol.hits"));
        Assert.Equal("Rank papers with some of the words too", strictPage.Find("p.ranked-note a").TextContent);
    }

    [Fact]
    public async Task Issue18_each_hit_says_why_behind_a_disclosure_and_the_search_says_how_it_was_read()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=how%20do%20zzzz%20darts");

        var why = page.Find("ol.hits li details.why");
        Assert.Equal("Why this result", why.QuerySelector("summary")!.TextContent);
        Assert.Matches(@"^Score \d+(\.\d+)? \(title 1 × 10: \d+(\.\d+)?(, abstract \d+ × 1: \d+(\.\d+)?)?\)\.$", why.QuerySelector("p.why-score")!.TextContent.Trim());
        Assert.Contains("darts", why.QuerySelector("ul.why-terms")!.TextContent);
        var reading = page.Find("details.query-reading");
        Assert.Equal("How this search was read", reading.QuerySelector("summary")!.TextContent);
        Assert.Contains("Not asked for, as words nearly every paper has: how, do.", reading.TextContent);
        Assert.Contains("searched as dart", reading.TextContent);
    }

    [Fact]
    public async Task Issue18_an_exact_word_finds_and_marks_only_its_own_form()
    {
        using var stemmed = await _client.GetOkPageAsync("/papers?q=transformer");
        using var exact = await _client.GetOkPageAsync("/papers?q=%3Dtransformer");

        var all = HtmlPage.PaperIds(stemmed.Find("ol.hits"));
        var asWritten = HtmlPage.PaperIds(exact.Find("ol.hits"));
        Assert.NotEmpty(asWritten);
        Assert.Subset(all.ToHashSet(), asWritten.ToHashSet());
        Assert.True(asWritten.Count < all.Count, $"{asWritten.Count} of {all.Count}");
        var marks = exact.FindAll("ol.hits mark").Select(m => m.TextContent.ToLowerInvariant()).Distinct();
        Assert.Equal(["transformer"], marks);
        Assert.Contains("=transformer", exact.Find("details.query-reading").TextContent);
    }

    [Fact]
    public async Task No_matches_say_so_and_offer_to_drop_each_word()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=zzzz%20darts&match=all");

        Assert.Equal("0 papers match “zzzz darts”", page.Find("p.result-count").TextContent);
        Assert.Empty(page.FindAll("ol.hits"));
        Assert.Empty(page.FindAll("aside.filters"));
        Assert.Equal("No papers match “zzzz darts”.", page.Find(".no-results p.lead").TextContent);
        var suggestions = page.FindAll(".no-results ul.suggestions a");
        Assert.Equal(
            ["Search for “darts” (without “zzzz”)", "Search for “zzzz” (without “darts”)", "Browse all papers"],
            suggestions.Select(a => a.TextContent));

        using var dropped = await _client.GetOkPageAsync(suggestions[0].GetAttribute("href")!);
        Assert.Equal(["2210.07998"], HtmlPage.PaperIds(dropped.Find("ol.hits")));
    }

    [Fact]
    public async Task No_matches_with_filters_offer_to_drop_the_filters()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=darts&year=2021");

        Assert.Equal("No papers match “darts” with these filters.", page.Find(".no-results p.lead").TextContent);
        var withoutFilters = page.FindAll(".no-results ul.suggestions a").First(a => a.TextContent == "Search without filters");
        Assert.Equal("/papers?q=darts", withoutFilters.GetAttribute("href"));
        Assert.Equal("Year: 2021 × (remove)", HtmlPage.Text(page.Find("ul.chips a.chip")));

        using var dropped = await _client.GetOkPageAsync(withoutFilters.GetAttribute("href")!);
        Assert.Equal(["2210.07998"], HtmlPage.PaperIds(dropped.Find("ol.hits")));
    }

    [Fact]
    public async Task No_matches_for_filters_alone_say_so()
    {
        using var page = await _client.GetOkPageAsync("/papers?venue=Nowhere%202099");

        Assert.Equal("No papers match these filters.", page.Find(".no-results p.lead").TextContent);
        Assert.Contains("/papers", page.FindAll(".no-results a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Excluded_words_can_be_dropped()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=darts%20-cells");

        Assert.Equal("0 papers match “darts -cells”", page.Find("p.result-count").TextContent);
        var link = page.FindAll(".no-results a").First(a => a.TextContent == "Search without the excluded words");
        Assert.Equal("/papers?q=darts", link.GetAttribute("href"));
    }

    [Fact]
    public async Task A_query_of_only_punctuation_says_it_has_no_words_and_lists_every_paper_newest_first()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=%2A%20%5E%20%3A");

        Assert.Equal("6 papers: “* ^ :” has no words to search for", page.Find("p.result-count").TextContent);
        Assert.Equal(["newest", "oldest", "title"], page.FindAll("nav.sort a").Select(a => a.TextContent));
        Assert.Equal("newest", page.Find("nav.sort a[aria-current=true]").TextContent);
        Assert.Equal("2302.01327", HtmlPage.PaperIds(page.Find("ol.hits"))[0]);
    }

    [Fact]
    public async Task A_query_of_only_punctuation_and_filters_matching_nothing_says_it_has_no_words()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=%2A%20%5E%20%3A&venue=Nowhere");

        Assert.Equal("“* ^ :” has no words to search for. Try words from a title, an abstract or an author’s name.", page.Find(".no-results p.lead").TextContent);
    }

    [Fact]
    public async Task A_query_that_only_excludes_lists_the_rest_newest_first()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=-darts");

        Assert.Equal("5 papers match “-darts”", page.Find("p.result-count").TextContent);
        Assert.DoesNotContain("2210.07998", HtmlPage.PaperIds(page.Find("ol.hits")));
        Assert.Equal("newest", page.Find("nav.sort a[aria-current=true]").TextContent);
        Assert.Empty(page.FindAll("nav.sort a[href*='sort=relevance']"));
    }

    [Fact]
    public async Task An_unknown_author_filter_matches_nothing_and_names_the_slug()
    {
        using var page = await _client.GetOkPageAsync("/papers?author=nobody-at-all");

        Assert.Equal("0 papers", page.Find("p.result-count").TextContent);
        Assert.Equal("Author: unknown author “nobody-at-all” × (remove)", HtmlPage.Text(page.Find("ul.chips a.chip")));
    }

    private static List<string> Facet(HtmlPage page, string name) =>
        [.. page.FindAll($"#facet-{name} + ul a").Select(HtmlPage.Text)];

    private static List<string> FacetLinks(HtmlPage page, string name) =>
        [.. page.FindAll($"#facet-{name} + ul a").Select(a => a.GetAttribute("href")!)];
}
