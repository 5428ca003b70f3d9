using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Catalog.Web.Tests.Infrastructure;

/// <summary>HTTP/1.1 over a plain TCP connection, written byte by byte: HttpClient refuses to send an empty or malformed
/// Host, an odd method or an unescaped URL, which are exactly what these tests send. Keeps the connection open between
/// requests and reports a connection the server dropped without an answer.</summary>
public sealed class RawHttp(int port) : IDisposable
{
    private TcpClient? _client;
    private Stream? _stream;

    /// <summary>Sends the request text as it is and reads one whole answer, or null when the server closed the
    /// connection without answering.</summary>
    public async Task<RawResponse?> SendAsync(string request, bool isHead = false)
    {
        if (_stream is null)
        {
            _client = new TcpClient();
            await _client.ConnectAsync("127.0.0.1", port);
            _stream = new BufferedStream(_client.GetStream());
        }

        await _stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        await _stream.FlushAsync();
        var response = await ReadAsync(_stream, isHead);
        if (response is null || response.Header("Connection")?.Equals("close", StringComparison.OrdinalIgnoreCase) == true)
        {
            Close();
        }

        return response;
    }

    public void Dispose() => Close();

    private void Close()
    {
        _stream?.Dispose();
        _client?.Dispose();
        (_stream, _client) = (null, null);
    }

    private static async Task<RawResponse?> ReadAsync(Stream stream, bool isHead)
    {
        var head = await ReadLineAsync(stream);
        if (head is null)
        {
            return null;
        }

        var headers = new List<(string, string)>();
        for (var line = await ReadLineAsync(stream); !string.IsNullOrEmpty(line); line = await ReadLineAsync(stream))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers.Add((line[..colon], line[(colon + 1)..].Trim()));
        }

        var status = int.Parse(head.Split(' ')[1], CultureInfo.InvariantCulture);
        var response = new RawResponse(status, headers, []);
        if (isHead || status is 204 or 304 || status < 200)
        {
            return response;
        }

        if (response.Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            var body = new MemoryStream();
            while (await ReadLineAsync(stream) is { } sizeLine && int.Parse(sizeLine.Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture) is var size and > 0)
            {
                body.Write(await ReadExactlyAsync(stream, size));
                await ReadLineAsync(stream);
            }

            await ReadLineAsync(stream);
            return response with { Body = body.ToArray() };
        }

        var length = response.Header("Content-Length") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : 0;
        return response with { Body = await ReadExactlyAsync(stream, length) };
    }

    private static async Task<byte[]> ReadExactlyAsync(Stream stream, int count)
    {
        var buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer);
        return buffer;
    }

    private static async Task<string?> ReadLineAsync(Stream stream)
    {
        var line = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return line.Count == 0 ? null : Encoding.Latin1.GetString([.. line]);
            }

            if (one[0] == '\n')
            {
                return Encoding.Latin1.GetString([.. line]).TrimEnd('\r');
            }

            line.Add(one[0]);
        }
    }
}
