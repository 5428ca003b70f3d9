using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Hosting;

/// <summary>Every answer, a page, an asset, a 404 and a 400 alike, carries the safe headers, over a real socket so the
/// Server header Kestrel would add is checked too.</summary>
public sealed class SecurityHeadersTests(ServedCatalog catalog) : IClassFixture<ServedCatalog>
{
    public static TheoryData<string> Requests => new()
    {
        "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET /papers?q=darts HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET /papers/2210.07998 HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET /no-such-page HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET /favicon.svg HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a..b\r\n\r\n",
        "DELETE / HTTP/1.1\r\nHost: localhost\r\n\r\n",
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Every_answer_carries_the_safe_headers_and_no_server_header(string request)
    {
        using var http = new RawHttp(catalog.Port);
        var response = await http.SendAsync(request) ?? throw new InvalidOperationException("no answer");

        var csp = response.Header("Content-Security-Policy");
        Assert.NotNull(csp);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("img-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", response.Header("Referrer-Policy"));
        Assert.Contains("camera=()", response.Header("Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Header("X-Frame-Options"));
        Assert.Null(response.Header("Server"));
    }

    [Fact]
    public async Task Pages_hold_no_inline_script_and_no_outside_resource()
    {
        using var client = catalog.CreateSocketClient();
        foreach (var url in new[] { "/", "/papers?q=darts", "/papers/untrusted-markdown", "/authors" })
        {
            using var page = await client.GetOkPageAsync(url);
            // JSON-LD is a data block, which no browser runs and script-src does not govern.
            Assert.All(page.FindAll("script:not([type='application/ld+json'])"), script =>
            {
                Assert.True(script.HasAttribute("src"), $"{url} has an inline script: {script.OuterHtml}");
                Assert.DoesNotContain("//", script.GetAttribute("src")!, StringComparison.Ordinal);
            });
            // Canonical, alternate and search links name the page's own addresses in full, as they must; they load nothing.
            Assert.All(page.FindAll("img[src], link[href]:not([rel=canonical]):not([rel=alternate]):not([rel=search])"), element =>
                Assert.DoesNotContain("//", element.GetAttribute("src") ?? element.GetAttribute("href")!, StringComparison.Ordinal));
        }
    }
}
