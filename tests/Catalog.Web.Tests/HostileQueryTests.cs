using System.Net;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests;

/// <summary>Anyone can type anything into a URL: every query answers a whole page, never a server error.</summary>
public sealed class HostileQueryTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    private readonly HttpClient _client = catalog.CreatePageClient();

    public static TheoryData<string> Queries => new()
    {
        "\"unbalanced",
        "unbalanced\"",
        "\"\"",
        "“curly quotes”",
        "„low quote“ «guillemets»",
        "-",
        "- -",
        "--",
        "-darts",
        "darts -",
        "AND(",
        "AND",
        "OR",
        "NOT",
        "OR darts OR",
        "darts AND OR NOT cells",
        "NEAR(darts cells)",
        "NEAR(darts cells, 2)",
        "*",
        "darts*",
        "*darts",
        "**",
        "^",
        "^darts",
        ":",
        "title:darts",
        "authors:lovelace",
        "{title abstract}: darts",
        "(",
        ")",
        "()",
        "darts)",
        "+",
        "'",
        "\\",
        "'; DROP TABLE papers; --",
        "\" OR 1=1 --",
        "1' OR '1'='1",
        "papers_fts MATCH '*'",
        "%",
        "_",
        "%00",
        "\0",
        "darts\0cells",
        "\u0002darts\u0003",
        "\u200b",
        "\u202edarts",
        "\ud800",
        "\udfff darts",
        "😀",
        "👩‍🔬 darts",
        "Λ-DARTS",
        "Lučić",
        "Luc\u030Cic\u0301",
        "ﬁne",
        "ＤＡＲＴＳ",
        "深度学习",
        "العربية",
        "\t\r\n",
        "   ",
        "<script>alert(1)</script>",
        "${7*7}",
        "{{7*7}}",
        "@(1+1)",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z 1 2 3 4 5 6 7 8 9",
        new string('a', 10_000),
        string.Join(' ', Enumerable.Repeat("darts", 2_000)),
        string.Concat(Enumerable.Repeat("\"a\" ", 2_500)),
        string.Concat(Enumerable.Repeat("-a ", 3_000)),
        string.Concat(Enumerable.Repeat("(", 10_000)),
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Any_search_text_answers_a_page(string query)
    {
        using var page = await _client.GetPageAsync("/papers?q=" + PageClient.Query(query));

        AssertWholePage(page, query, HttpStatusCode.OK);
        Assert.NotNull(page.Document.QuerySelector("p.result-count"));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Any_author_prefix_answers_a_page(string prefix)
    {
        using var page = await _client.GetPageAsync("/authors?q=" + PageClient.Query(prefix));

        AssertWholePage(page, prefix, HttpStatusCode.OK);
        Assert.NotNull(page.Document.QuerySelector("p.result-count"));
    }

    [Theory]
    [InlineData("/papers?q=%00")]
    [InlineData("/papers?q=%")]
    [InlineData("/papers?q=%zz")]
    [InlineData("/papers?q=%C3%28")]
    [InlineData("/papers?q=%ED%A0%80")]
    [InlineData("/papers?q=darts&q=cells")]
    [InlineData("/papers?q=&q=darts")]
    [InlineData("/papers?q")]
    [InlineData("/papers?=darts")]
    [InlineData("/papers?&&&")]
    [InlineData("/papers?Q=darts")]
    [InlineData("/papers?q=darts;q=cells")]
    [InlineData("/papers?q=a+b")]
    [InlineData("/authors?q=%00")]
    [InlineData("/authors?q=%")]
    [InlineData("/authors?q=a&q=b")]
    [InlineData("/authors?q=%C3%28")]
    public async Task Malformed_query_strings_answer_a_page(string url)
    {
        using var page = await _client.GetPageAsync(url);

        AssertWholePage(page, url, HttpStatusCode.OK, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-1")]
    [InlineData("page=abc")]
    [InlineData("page=1.5")]
    [InlineData("page=1e3")]
    [InlineData("page=%201")]
    [InlineData("page=+2")]
    [InlineData("page=0x10")]
    [InlineData("page=２")]
    [InlineData("page=")]
    [InlineData("page=-2147483648")]
    [InlineData("year=abc")]
    [InlineData("year=-2022")]
    [InlineData("year=0")]
    [InlineData("year=99999")]
    [InlineData("year=2022.0")]
    [InlineData("year=")]
    [InlineData("year=2022&year=2023")]
    [InlineData("sort=bogus")]
    [InlineData("sort=1")]
    [InlineData("sort=-1")]
    [InlineData("sort=99")]
    [InlineData("sort=Relevance,Title")]
    [InlineData("sort=")]
    [InlineData("sort=title&sort=oldest")]
    [InlineData("venue=")]
    [InlineData("venue=%00")]
    [InlineData("venue=ICLR%202023&venue=TMLR%202023")]
    [InlineData("author=")]
    [InlineData("author=%00")]
    [InlineData("author=nobody")]
    [InlineData("author=ada-lovelace&author=ada-lovelace")]
    [InlineData("more=bogus")]
    [InlineData("more=authors&more=authors")]
    [InlineData("page=1&page=2")]
    public async Task Invalid_or_repeated_parameters_answer_a_page(string parameters)
    {
        using var page = await _client.GetPageAsync("/papers?" + parameters);

        AssertWholePage(page, parameters, HttpStatusCode.OK, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("page=abc")]
    [InlineData("page=0")]
    [InlineData("page=-3")]
    public async Task A_page_number_that_is_not_a_page_shows_the_first_page(string parameters)
    {
        using var page = await _client.GetOkPageAsync("/papers?" + parameters);

        Assert.Equal(6, HtmlPage.PaperIds(page.Find("ol.hits")).Count);
    }

    [Theory]
    [InlineData("/papers?page=2")]
    [InlineData("/papers?page=100000")]
    [InlineData("/papers?page=100001")]
    [InlineData("/papers?page=2147483647")]
    [InlineData("/papers?page=2147483648")]
    [InlineData("/papers?page=99999999999999999999999999")]
    [InlineData("/papers?q=nothing-matches-this&page=2")]
    [InlineData("/authors?page=2147483647")]
    [InlineData("/papers?q=darts&page=2")]
    [InlineData("/authors?page=2")]
    [InlineData("/authors?page=100000")]
    public async Task A_page_past_the_end_is_404_with_a_whole_page(string url)
    {
        using var page = await _client.GetPageAsync(url);

        AssertWholePage(page, url, HttpStatusCode.NotFound);
        Assert.NotNull(page.Document.QuerySelector("main a[href^='/papers'], main a[href^='/authors']"));
    }

    [Theory]
    [InlineData("year=abc", "6 papers")]
    [InlineData("year=2022&year=bogus", "4 papers")]
    [InlineData("sort=bogus", "6 papers")]
    [InlineData("author=ada-lovelace&author=ada-lovelace", "4 papers")]
    [InlineData("venue=%20", "6 papers")]
    public async Task Values_that_do_not_parse_are_ignored(string parameters, string count)
    {
        using var page = await _client.GetOkPageAsync("/papers?" + parameters);

        Assert.Equal(count, page.Find("p.result-count").TextContent);
    }

    [Theory]
    [InlineData("/papers/..")]
    [InlineData("/papers/%2e%2e")]
    [InlineData("/papers/%2F")]
    [InlineData("/papers/a%2Fb")]
    [InlineData("/papers/' OR 1=1 --")]
    [InlineData("/authors/' OR 1=1 --")]
    [InlineData("/authors/%25")]
    public async Task Hostile_ids_and_slugs_answer_a_page(string url)
    {
        using var page = await _client.GetPageAsync(url);

        AssertWholePage(page, url, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_very_long_author_slug_answers_404()
    {
        using var page = await _client.GetPageAsync("/authors/" + new string('a', 5_000));

        AssertWholePage(page, "long slug", HttpStatusCode.NotFound);
    }

    /// <summary>A status from the list, and a whole page: the layout, one h1, a title. A 400 may come from the
    /// server before the app sees the request, so it only has to be non-empty.</summary>
    private static void AssertWholePage(HtmlPage page, string what, params HttpStatusCode[] allowed)
    {
        Assert.True(allowed.Contains(page.Status), $"{Shorten(what)} answered {(int)page.Status}:\n{Shorten(page.Html)}");
        if (page.Status == HttpStatusCode.BadRequest)
        {
            return;
        }

        Assert.Equal("text/html", page.MediaType);
        Assert.Single(page.FindAll("h1"));
        Assert.NotNull(page.Document.QuerySelector("header.site-header"));
        Assert.NotNull(page.Document.QuerySelector("main#main"));
        Assert.EndsWith(" · Catalog", page.Title, StringComparison.Ordinal);
    }

    private static string Shorten(string text) => text.Length <= 2_000 ? text : text[..2_000] + "…";
}
