using System.Net;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

/// <summary>One page per person, whatever spelling a paper prints: the real seeds print Carlos Riquelme two ways.</summary>
public sealed class PeoplePagesTests(RealSeedsCatalog catalog) : IClassFixture<RealSeedsCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task A_persons_page_lists_the_papers_of_every_spelling_and_the_other_spellings_with_their_counts()
    {
        using var page = await _client.GetOkPageAsync("/authors/carlos-riquelme");

        Assert.Equal("Carlos Riquelme", page.H1.TextContent);
        Assert.Equal("Also published as Carlos Riquelme Ruiz (1 paper)", HtmlPage.Text(page.Find("p.variants")));
        Assert.Equal(["2302.05442", "2212.05055"], HtmlPage.PaperIds(page.Find("section[aria-labelledby=papers-heading]")));
        Assert.Equal(["2023", "2022"], page.FindAll("h3.year-heading").Select(h => h.TextContent));
    }

    [Fact]
    public async Task The_slug_of_a_variant_redirects_permanently_to_the_persons_page()
    {
        using var client = catalog.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/authors/carlos-riquelme-ruiz");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/authors/carlos-riquelme", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Paper_pages_print_each_name_as_on_the_paper_and_link_it_to_its_person()
    {
        using var upcycling = await _client.GetOkPageAsync("/papers/2212.05055");
        using var scaling = await _client.GetOkPageAsync("/papers/2302.05442");

        Assert.Contains(upcycling.FindAll("p.paper-authors a"), a => a.TextContent == "Carlos Riquelme Ruiz" && a.GetAttribute("href") == "/authors/carlos-riquelme");
        Assert.Contains(scaling.FindAll("p.paper-authors a"), a => a.TextContent == "Carlos Riquelme" && a.GetAttribute("href") == "/authors/carlos-riquelme");
    }

    [Fact]
    public async Task The_author_index_counts_people_and_finds_a_person_by_any_spelling()
    {
        using var index = await _client.GetOkPageAsync("/authors");
        using var found = await _client.GetOkPageAsync("/authors?q=riquelme+ruiz");

        Assert.StartsWith("105 authors", HtmlPage.Text(index.Find("p.result-count")));
        Assert.Equal(["Carlos Riquelme 2"], found.FindAll("ol.author-list li").Select(HtmlPage.Text));
    }

    [Fact]
    public async Task The_author_filter_and_its_counts_are_per_person()
    {
        using var page = await _client.GetOkPageAsync("/papers?author=carlos-riquelme");

        Assert.Equal(["2302.05442", "2212.05055"], HtmlPage.PaperIds(page.Find("ol.hits")));
        Assert.Contains("Carlos Riquelme 2", page.FindAll("section[aria-labelledby=facet-authors] li").Select(HtmlPage.Text));
    }

    [Fact]
    public async Task A_person_with_more_co_authors_than_are_shown_links_to_all_of_them()
    {
        using var page = await _client.GetOkPageAsync("/authors/mostafa-dehghani");
        using var all = await _client.GetOkPageAsync("/authors/mostafa-dehghani?coauthors=all");

        Assert.Equal(20, page.FindAll("section[aria-labelledby=coauthors-heading] li").Length);
        Assert.Equal("/authors/mostafa-dehghani?coauthors=all", page.Find("section[aria-labelledby=coauthors-heading] p a").GetAttribute("href"));
        Assert.Equal(104, all.FindAll("section[aria-labelledby=coauthors-heading] li").Length);
    }
}
