using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Hosting;

/// <summary>Pages carry an ETag and a short public Cache-Control, answer 304 to a tag that still holds, come Brotli or
/// gzip compressed when asked, and fingerprinted assets may be kept for a year, from the build output too.</summary>
public sealed class CachingTests(ServedCatalog catalog) : IClassFixture<ServedCatalog>
{
    private readonly HttpClient _client = catalog.CreateSocketClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/papers?q=darts")]
    [InlineData("/papers/2210.07998")]
    [InlineData("/authors")]
    public async Task A_page_has_an_etag_and_answers_304_while_it_holds(string url)
    {
        using var first = await _client.GetAsync(url);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.Equal("public, max-age=60", CacheControl(first));

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(tag);
        using var revalidated = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(tag, revalidated.Headers.ETag);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Another_url_or_an_old_tag_gets_the_whole_page()
    {
        using var one = await _client.GetAsync("/papers?q=darts");
        using var other = await _client.GetAsync("/papers?q=cells");
        Assert.NotEqual(one.Headers.ETag, other.Headers.ETag);

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/papers?q=darts");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"old\"", isWeak: true));
        using var answer = await _client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    [Fact]
    public async Task A_missing_page_has_no_etag_and_is_not_cached_publicly()
    {
        using var missing = await _client.GetAsync("/papers/no-such-paper");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.ETag);
        Assert.NotEqual("public, max-age=60", CacheControl(missing));
    }

    [Theory]
    [InlineData("br", "/")]
    [InlineData("gzip", "/")]
    [InlineData("br", "/papers.bib")]
    [InlineData("br", "/papers.ris")]
    [InlineData("br", "/papers.csl.json")]
    [InlineData("gzip", "/papers.atom")]
    [InlineData("br", "/api/papers")]
    public async Task Pages_and_exports_are_compressed_when_asked(string encoding, string url)
    {
        using var plain = await _client.GetAsync(url);
        var html = await plain.Content.ReadAsStringAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        using var compressed = await _client.SendAsync(request);
        var bytes = await compressed.Content.ReadAsByteArrayAsync();

        Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.True(bytes.Length * 2 < Encoding.UTF8.GetByteCount(html), $"{bytes.Length} bytes compressed, {html.Length} plain");
        Assert.Equal(html, Decompress(bytes, encoding));
    }

    [Fact]
    public async Task Fingerprinted_assets_may_be_kept_for_a_year()
    {
        using var page = await _client.GetOkPageAsync("/");
        var stylesheets = page.FindAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.NotEmpty(stylesheets);

        foreach (var href in stylesheets)
        {
            using var asset = await _client.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", CacheControl(asset));
        }
    }

    private static string CacheControl(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("Cache-Control", out var values) ? values.ToString() : "";

    private static string Decompress(byte[] bytes, string encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder);
        return reader.ReadToEnd();
    }
}
