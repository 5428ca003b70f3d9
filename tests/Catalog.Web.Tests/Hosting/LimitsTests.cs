using System.Net;
using Catalog.Data.Search;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Hosting;

/// <summary>A query longer than the parser's bound is cut, and the page says so, so no answer grows with the request:
/// a 6 KB query of nested parentheses once gave an 866 KB page.</summary>
public sealed class LimitsTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task A_long_query_is_cut_with_a_message_and_a_page_of_bounded_size()
    {
        using var normal = await _client.GetOkPageAsync("/papers?q=darts");
        var query = string.Concat(Enumerable.Repeat("((darts OR \"cells ", 400));
        using var page = await _client.GetOkPageAsync("/papers?q=" + PageClient.Query(query));

        var note = page.Find(".query-cut");
        Assert.Contains($"{SearchQueryParser.MaxLength} characters", HtmlPage.Text(note), StringComparison.Ordinal);
        Assert.True(page.Html.Length < 4 * normal.Html.Length + 60 * SearchQueryParser.MaxLength * 3,
            $"{page.Html.Length} characters for a {query.Length}-character query; {normal.Html.Length} for a normal one");
        Assert.Equal(query[..SearchQueryParser.MaxLength], page.Find("#results-search").GetAttribute("value"));
    }

    [Fact]
    public async Task A_long_author_prefix_is_cut_to_the_same_bound_in_every_link()
    {
        var prefix = new string('a', 20 * SearchQueryParser.MaxLength);

        using var page = await _client.GetOkPageAsync("/authors?q=" + prefix);

        Assert.Equal(prefix[..SearchQueryParser.MaxLength], page.Find("#author-prefix").GetAttribute("value"));
        Assert.All(page.FindAll("nav.sort a"), a => Assert.True(a.GetAttribute("href")!.Length < SearchQueryParser.MaxLength + 40));
    }

    [Fact]
    public async Task A_query_with_too_many_words_says_only_the_first_ones_were_searched()
    {
        var query = string.Join(' ', Enumerable.Range(1, SearchQueryParser.MaxTerms + 5).Select(n => $"word{n}"));

        using var page = await _client.GetPageAsync("/papers?q=" + PageClient.Query(query));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"{SearchQueryParser.MaxTerms} words", HtmlPage.Text(page.Find(".query-cut")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_query_has_no_message()
    {
        using var page = await _client.GetOkPageAsync("/papers?q=darts");

        Assert.Empty(page.FindAll(".query-cut"));
    }
}
