using System.Net.Sockets;
using System.Text;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Hosting;

/// <summary>A client that hangs up in the middle of a long export never leaves a short answer in the output cache: the
/// export stops with the connection, and the next client gets the whole file, the same twice.</summary>
public sealed class HungUpExportTests(LargeExportCatalog catalog) : IClassFixture<LargeExportCatalog>
{
    [Theory]
    [InlineData("/papers.bib?q=abstract", "", "\n@")]
    [InlineData("/papers.ris?q=abstract", "", "\r\nER  - ")]
    [InlineData("/papers.csl.json?q=abstract", "", "\"citation-key\"")]
    [InlineData("/papers.bib?q=study", "Accept-Encoding: br\r\n", "\n@")]
    public async Task A_client_that_hangs_up_mid_export_leaves_no_short_answer_in_the_cache(string url, string headers, string perEntry)
    {
        var firstBytes = await ReadFirstBytesAndHangUpAsync(url, headers);
        Assert.Contains("200 OK", firstBytes, StringComparison.Ordinal);

        using var client = catalog.CreateSocketClient();
        var whole = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var again = await client.GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(LargeExportCatalog.PaperCount, Count(whole, perEntry));
        Assert.Equal(whole, again);
    }

    /// <summary>Sends the request, reads the first few kilobytes, then resets the connection. A tiny receive buffer
    /// keeps the connection from taking much of the answer, so the app is still writing when it goes.</summary>
    private async Task<string> ReadFirstBytesAndHangUpAsync(string url, string headers)
    {
        using var tcp = new TcpClient { LingerState = new LingerOption(enable: true, seconds: 0), ReceiveBufferSize = 1024 };
        await tcp.ConnectAsync("127.0.0.1", catalog.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {url} HTTP/1.1\r\nHost: localhost\r\n{headers}\r\n"));
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer);
        return Encoding.ASCII.GetString(buffer, 0, read);
    }

    /// <summary>How many entries the text holds: the BibTeX file's first starts the text, not a line.</summary>
    private static int Count(string text, string perEntry) =>
        (text.Length - text.Replace(perEntry, "", StringComparison.Ordinal).Length) / perEntry.Length + (perEntry == "\n@" && text.StartsWith('@') ? 1 : 0);
}
