using System.Buffers;
using System.IO.Compression;

namespace Catalog.Data.Records;

/// <summary>Reads a JSONL file of paper records, one JSON object a line, plain or gzip-compressed, as a stream:
/// a file of any size is read in constant memory, one line at a time.</summary>
public static class PaperRecordReader
{
    private static ReadOnlySpan<byte> GzipMagic => [0x1f, 0x8b];

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <param name="path">A <c>.jsonl</c> or <c>.jsonl.gz</c> file; gzip is recognised by its first bytes, not its name.</param>
    /// <param name="displayPath">How problems name the file; the path as given when null.</param>
    public static IEnumerable<RecordLine> Read(string path, string? displayPath = null)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> head = stackalloc byte[2];
        var isGzip = file.ReadAtLeast(head, 2, throwOnEndOfStream: false) == 2 && head.SequenceEqual(GzipMagic);
        file.Position = 0;
        using var stream = isGzip ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        foreach (var line in Read(stream, displayPath ?? path))
        {
            yield return line;
        }
    }

    public static IEnumerable<RecordLine> Read(Stream stream, string displayPath)
    {
        var lineNumber = 0;
        foreach (var bytes in Lines(stream))
        {
            lineNumber++;
            var json = lineNumber == 1 && bytes.Span.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;
            if (IsBlank(json.Span))
            {
                continue;
            }

            yield return PaperRecordParser.Parse(json, displayPath, lineNumber);
        }
    }

    /// <summary>The file's lines as UTF-8 bytes, without their line break. Each line is a view of a buffer that the next
    /// line reuses, so it must be used before asking for the next: the parser turns it into strings at once.</summary>
    private static IEnumerable<ReadOnlyMemory<byte>> Lines(Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var start = 0;
            var end = 0;
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    yield return TrimCarriageReturn(buffer.AsMemory(start, newline));
                    start += newline + 1;
                    continue;
                }

                // No complete line left: keep the partial one, at the buffer's start, and read more after it.
                if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, end).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = stream.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    if (end > 0)
                    {
                        yield return TrimCarriageReturn(buffer.AsMemory(0, end));
                    }

                    yield break;
                }

                end += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ReadOnlyMemory<byte> TrimCarriageReturn(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t"u8) < 0;
}
