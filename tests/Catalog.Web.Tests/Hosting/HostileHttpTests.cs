using System.Globalization;
using System.Text;
using Catalog.Data.Search;
using Catalog.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Web.Tests.Hosting;

/// <summary>Ten thousand generated requests over real sockets, as an attacker or a broken client sends them: random
/// Unicode and bytes, FTS5 and SQL syntax, long and repeated parameters, bad Host headers and odd methods, to every path
/// the app offers (<see cref="UrlInventory"/>: pages, exports, feeds, API, discovery) and a few hostile ones. Every one
/// gets an answer under 500, and no connection is dropped without one. The generator is seeded, so a failure repeats.</summary>
public sealed class HostileHttpTests(ServedCatalog catalog) : IClassFixture<ServedCatalog>
{
    private const int Requests = 10_000;
    private const int Connections = 4;

    private static readonly string[] s_hostilePaths =
        ["/", "/papers", "/papers/2210.07998", "/papers/", "/authors", "/authors/", "/not-found", "/error", "/healthz", "/healthz/ready",
         "/papers/2210.07998.bib", "/api/papers", "/favicon.svg", "/app.css", "/papers/%2e%2e/%2e%2e/etc/passwd", "/%00", "//", "/papers/%ff"];

    private static readonly string[] s_names = ["q", "author", "year", "venue", "sort", "page", "more", "subject", "format", "q[]", "", "%00"];

    private static readonly string[] s_values =
    [
        "darts", "\"", "\"cells", "NEAR(a b)", "a AND(", "title:x", "a*", "*", "^a", "-", "OR", "a OR OR b", "((((", "\"\"\"",
        "' OR 1=1 --", "1; DROP TABLE papers", "') UNION SELECT * FROM sqlite_master --", "%", "%%", "%ZZ", "%c0%af", "%ed%a0%80",
        "2147483648", "-1", "0x10", "1e9", "relevance", "TITLE", "authors", "<script>alert(1)</script>", "{{7*7}}", "${jndi:x}",
    ];

    private static readonly string[] s_hosts = ["localhost", "localhost", "localhost", "127.0.0.1:80", "", "a..b", ".a", "a:99999", "xn--zz", "[::1", "a b", "é.example", "localhost:0"];

    private static readonly string[] s_methods = ["GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH", "FOO", "get", "CONNECT"];

    [Fact]
    public async Task Generated_requests_get_an_answer_under_500_and_no_dropped_connection()
    {
        // Readiness answers 503 until the search engine is built, by design: the run starts with the app ready.
        await catalog.Services.GetRequiredService<SearchEngines>().WarmUpAsync();
        using var client = catalog.CreateSocketClient();
        var offered = await UrlInventory.FindAsync(client, UrlContractTests.Searches);
        string[] paths = [.. offered.Select(url => url.Split('?')[0]).Concat(s_hostilePaths).Distinct()];
        var failures = new List<string>();
        var answered = 0;
        await Parallel.ForAsync(0, Connections, async (connection, _) =>
        {
            var random = new Random(12_000 + connection);
            using var http = new RawHttp(catalog.Port);
            for (var n = 0; n < Requests / Connections; n++)
            {
                var (request, isHead) = Generate(random, paths);
                var response = await http.SendAsync(request, isHead);
                lock (failures)
                {
                    if (response is null)
                    {
                        failures.Add($"dropped: {request}");
                    }
                    else if (response.Status >= 500)
                    {
                        failures.Add($"{response.Status}: {request}");
                    }
                    else
                    {
                        answered++;
                    }
                }
            }
        });

        Assert.True(failures.Count == 0, $"{failures.Count} of {Requests} failed, first ones:\n{string.Join("\n", failures.Take(10))}");
        Assert.Equal(Requests, answered);
    }

    private static (string Request, bool IsHead) Generate(Random random, string[] paths)
    {
        var method = Pick(random, s_methods);
        var target = new StringBuilder(Pick(random, paths));
        var parameters = random.Next(0, 6);
        for (var i = 0; i < parameters; i++)
        {
            target.Append(i == 0 ? '?' : '&').Append(Pick(random, s_names)).Append('=').Append(Value(random));
        }

        var host = Pick(random, s_hosts);
        var request = new StringBuilder($"{method} {target} HTTP/1.1\r\n");
        if (random.Next(20) != 0)
        {
            request.Append(CultureInfo.InvariantCulture, $"Host: {host}\r\n");
        }

        if (random.Next(10) == 0)
        {
            request.Append("If-None-Match: W/\"").Append(random.Next()).Append("\"\r\n");
        }

        if (random.Next(10) == 0)
        {
            request.Append("Accept-Encoding: br, gzip\r\n");
        }

        request.Append("Content-Length: 0\r\n\r\n");
        return (request.ToString(), method == "HEAD");
    }

    private static string Value(Random random) => random.Next(6) switch
    {
        0 => Uri.EscapeDataString(RandomUnicode(random, random.Next(1, 30))),
        1 => Uri.EscapeDataString(string.Concat(Enumerable.Repeat(Pick(random, s_values), random.Next(50, 400)))),
        2 => string.Concat(Enumerable.Range(0, random.Next(1, 20)).Select(_ => $"%{random.Next(256):X2}")),
        _ => Uri.EscapeDataString(Pick(random, s_values)),
    };

    private static string RandomUnicode(Random random, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            var point = random.Next(0x20, 0x2FFFF);
            if (point is < 0xD800 or > 0xDFFF)
            {
                text.Append(char.ConvertFromUtf32(point));
            }
        }

        return text.ToString();
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
