using System.Text;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Hosting;

/// <summary>A missing or malformed Host answers 400, and keeps the connection: each of these answered 500 or dropped
/// it. HEAD answers what GET does without the body; a method the catalog does not serve answers 405.</summary>
public sealed class HostAndMethodTests(ServedCatalog catalog) : IClassFixture<ServedCatalog>
{
    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost:\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a..b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: .a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a:99999\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a:0\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a:x\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: xn--zz\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: -a.example\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: [::1\r\n\r\n")]
    [InlineData("GET / HTTP/1.0\r\n\r\n")]
    public async Task A_bad_or_missing_host_answers_400(string request)
    {
        using var http = new RawHttp(catalog.Port);

        var response = await http.SendAsync(request);

        Assert.NotNull(response);
        Assert.Equal(400, response.Status);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:8080")]
    [InlineData("[::1]:5000")]
    [InlineData("catalog.example.org")]
    [InlineData("catalog.example.org.")]
    [InlineData("xn--bcher-kva.example")]
    public async Task A_good_host_answers_the_page(string host)
    {
        using var http = new RawHttp(catalog.Port);

        var response = await http.SendAsync($"GET / HTTP/1.1\r\nHost: {host}\r\n\r\n");

        Assert.Equal(200, response?.Status);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/papers?q=darts")]
    [InlineData("/papers/2210.07998")]
    [InlineData("/authors")]
    [InlineData("/healthz")]
    [InlineData("/healthz/ready")]
    [InlineData("/papers.bib")]
    [InlineData("/papers.ris?q=transformer")]
    [InlineData("/papers.csl.json?q=transformer")]
    [InlineData("/papers/2210.07998.bib")]
    [InlineData("/papers/2210.07998.ris")]
    [InlineData("/papers/2210.07998.csl.json")]
    [InlineData("/authors/ada-lovelace.bib")]
    [InlineData("/authors/ada-lovelace.ris")]
    [InlineData("/authors/ada-lovelace.atom")]
    [InlineData("/papers.atom")]
    [InlineData("/api/papers")]
    [InlineData("/api/papers/2210.07998")]
    [InlineData("/api/authors")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/opensearch.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/scalar/")]
    public async Task Head_answers_like_get_without_a_body(string url)
    {
        using var http = new RawHttp(catalog.Port);

        var get = await http.SendAsync($"GET {url} HTTP/1.1\r\nHost: localhost\r\n\r\n");
        var head = await http.SendAsync($"HEAD {url} HTTP/1.1\r\nHost: localhost\r\n\r\n", isHead: true);
        var after = await http.SendAsync($"GET {url} HTTP/1.1\r\nHost: localhost\r\n\r\n");

        Assert.Equal(200, get?.Status);
        Assert.Equal(200, head?.Status);
        Assert.Equal(get!.Header("Content-Type"), head!.Header("Content-Type"));
        Assert.Equal(get.Header("ETag"), head.Header("ETag"));
        Assert.Empty(head.Body);
        // The connection still answers: HEAD left no body bytes on it.
        Assert.Equal(200, after?.Status);
        Assert.Equal(get.Body.Length, after!.Body.Length);
    }

    /// <summary>A HEAD before any GET runs the endpoint as a GET whose body goes nowhere: the output cache keeps the
    /// whole answer it wrote, not the empty body the client got.</summary>
    [Theory]
    [InlineData("/papers.bib?q=cells")]
    [InlineData("/papers?q=cells&year=2022")]
    [InlineData("/api/papers?q=cells")]
    public async Task A_head_before_any_get_leaves_the_whole_answer_for_the_get(string url)
    {
        using var http = new RawHttp(catalog.Port);

        var head = await http.SendAsync($"HEAD {url} HTTP/1.1\r\nHost: localhost\r\n\r\n", isHead: true);
        var get = await http.SendAsync($"GET {url} HTTP/1.1\r\nHost: localhost\r\n\r\n");
        var uncached = await http.SendAsync($"GET {url}&fresh=1 HTTP/1.1\r\nHost: localhost\r\n\r\n");

        Assert.Equal(200, head?.Status);
        Assert.Empty(head!.Body);
        Assert.Equal(200, get?.Status);
        Assert.NotNull(get!.Header("Age"));
        Assert.Equal(uncached!.Body.Length, get.Body.Length);
    }

    [Fact]
    public async Task Head_of_a_missing_page_answers_404()
    {
        using var http = new RawHttp(catalog.Port);

        var head = await http.SendAsync("HEAD /papers/no-such-paper HTTP/1.1\r\nHost: localhost\r\n\r\n", isHead: true);

        Assert.Equal(404, head?.Status);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("TRACE")]
    [InlineData("FOO")]
    [InlineData("PROPFIND")]
    public async Task Another_method_answers_405_with_the_allowed_ones(string method)
    {
        using var http = new RawHttp(catalog.Port);

        var response = await http.SendAsync($"{method} /papers?q=darts HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n");

        Assert.Equal(405, response?.Status);
        Assert.Equal("GET, HEAD", response!.Header("Allow"));
        Assert.Contains("GET, HEAD", Encoding.UTF8.GetString(response.Body), StringComparison.Ordinal);
    }
}
