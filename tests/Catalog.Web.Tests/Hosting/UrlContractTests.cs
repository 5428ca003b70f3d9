using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Catalog.Data.Search;
using Catalog.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Web.Tests.Hosting;

/// <summary>Every URL the app offers (<see cref="UrlInventory"/>) answers the same however and however often it is
/// asked, through the real pipeline with the output cache, compression and validators on: twice, after a client that
/// read part of it and hung up, by HEAD, with If-None-Match, compressed, and eight at once.</summary>
public sealed class UrlContractTests(ServedCatalog catalog) : IClassFixture<ServedCatalog>
{
    /// <summary>A few searches, whose pages link their own exports, feed and filters.</summary>
    public static readonly string[] Searches =
        ["/papers?q=transformer", "/papers?q=cells&sort=newest", "/papers?author=ada-lovelace", "/papers?q=%22search+index%22&year=2022"];

    private readonly HttpClient _client = catalog.CreateSocketClient();

    [Fact]
    public async Task Every_url_answers_the_same_however_and_however_often_it_is_asked()
    {
        await catalog.Services.GetRequiredService<SearchEngines>().WarmUpAsync();
        var urls = await UrlInventory.FindAsync(_client, Searches);
        Assert.Contains("/papers.bib?q=transformer", urls);
        Assert.Contains("/papers/2210.07998.csl.json", urls);
        Assert.Contains("/api/papers/2210.07998", urls);
        Assert.Contains("/opensearch.xml", urls);

        var failures = new List<string>();
        foreach (var url in urls)
        {
            failures.AddRange((await CheckAsync(url)).Select(problem => $"{url}: {problem}"));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} problems over {urls.Count} URLs:\n{string.Join('\n', failures.Take(40))}");
    }

    private async Task<List<string>> CheckAsync(string url)
    {
        var problems = new List<string>();
        var first = await GetAsync(url);
        var second = await GetAsync(url);
        if (first.Status is not (HttpStatusCode.OK or HttpStatusCode.MovedPermanently))
        {
            problems.Add($"answers {(int)first.Status}");
            return problems;
        }

        Same(problems, "a second GET", first, second);
        if (first.Status == HttpStatusCode.OK && first.Body.Length == 0)
        {
            problems.Add("answers 200 with an empty body");
        }

        await ReadPartAndHangUpAsync(url);
        Same(problems, "a GET after a client hung up mid-answer", first, await GetAsync(url));

        var head = await GetAsync(url, HttpMethod.Head);
        if (head.Status != first.Status || head.ContentType != first.ContentType || head.Body.Length > 0)
        {
            problems.Add($"HEAD answers {(int)head.Status} {head.ContentType} with {head.Body.Length} bytes, GET {(int)first.Status} {first.ContentType}");
        }

        if (first.Status == HttpStatusCode.OK)
        {
            if (first.ETag is null)
            {
                problems.Add("has no ETag");
            }
            else
            {
                var revalidated = await GetAsync(url, configure: r => r.Headers.IfNoneMatch.Add(first.ETag));
                if (revalidated.Status != HttpStatusCode.NotModified || revalidated.Body.Length > 0)
                {
                    problems.Add($"If-None-Match of its ETag answers {(int)revalidated.Status} with {revalidated.Body.Length} bytes");
                }
            }

            foreach (var encoding in new[] { "gzip", "br" })
            {
                var compressed = await GetAsync(url, configure: r => r.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding)));
                if (compressed.Status != HttpStatusCode.OK || !Decoded(compressed).AsSpan().SequenceEqual(first.Body))
                {
                    problems.Add($"Accept-Encoding: {encoding} answers {(int)compressed.Status} with another body ({compressed.Encoding ?? "identity"})");
                }
            }
        }

        var together = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => GetAsync(url)));
        foreach (var answer in together)
        {
            Same(problems, "one of 8 concurrent GETs", first, answer);
        }

        return problems;
    }

    private static void Same(List<string> problems, string what, Answer expected, Answer actual)
    {
        if (actual.Status != expected.Status || actual.Location != expected.Location || !actual.Body.AsSpan().SequenceEqual(expected.Body))
        {
            problems.Add($"{what} answers {(int)actual.Status} with {actual.Body.Length} bytes, the first {(int)expected.Status} with {expected.Body.Length}");
        }
    }

    /// <summary>Reads the answer's headers and a few bytes of its body, then closes the connection.</summary>
    private async Task ReadPartAndHangUpAsync(string url)
    {
        using var client = catalog.CreateSocketClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        _ = await body.ReadAsync(new byte[16]);
    }

    private async Task<Answer> GetAsync(string url, HttpMethod? method = null, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(url, UriKind.Relative));
        configure?.Invoke(request);
        using var response = await _client.SendAsync(request);
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.ToString(), response.Headers.ETag,
            response.Headers.Location?.ToString(), response.Content.Headers.ContentEncoding.SingleOrDefault(), await response.Content.ReadAsByteArrayAsync());
    }

    private static byte[] Decoded(Answer answer)
    {
        if (answer.Encoding is null)
        {
            return answer.Body;
        }

        using var input = new MemoryStream(answer.Body);
        using Stream decoder = answer.Encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    private sealed record Answer(HttpStatusCode Status, string? ContentType, EntityTagHeaderValue? ETag, string? Location, string? Encoding, byte[] Body);
}
