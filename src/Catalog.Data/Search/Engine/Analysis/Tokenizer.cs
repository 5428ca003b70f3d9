using System.Text;

namespace Catalog.Data.Search.Engine.Analysis;

/// <summary>The one tokenizer of the catalog's search, for indexing, queries and highlights alike: FTS5's
/// <c>porter unicode61 remove_diacritics 2</c> (fts5_tokenize.c), ported so that it makes the very terms FTS5 makes.
/// Like FTS5 it reads UTF-8: offsets are byte offsets and a term is a byte string. Not thread-safe: it keeps its buffers.</summary>
internal sealed class Tokenizer
{
    /// <summary>FTS5 keeps at most this many bytes of a term (FTS5_MAX_TOKEN_SIZE).</summary>
    public const int MaxTermBytes = 32768;

    private static readonly byte[] s_utf8Trans1 =
    [
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
        0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x00, 0x01, 0x02, 0x03, 0x00, 0x01, 0x00, 0x00,
    ];

    private byte[] _fold = new byte[256];
    private byte[] _text = new byte[1024];
    private byte[] _surface = new byte[256];
    private int _surfaceLength;

    /// <summary>When set, only tokens whose first byte is marked are stemmed, and the others come as folded. Stemming
    /// never changes a token's first byte, so a reader that only looks for terms starting with the marked bytes (the
    /// highlighter) loses nothing, and skips the stemmer, most of the tokenizer's work, for most tokens.</summary>
    public bool[]? StemmedFirstBytes { get; init; }

    /// <summary>When set, each token's folded form before stemming is kept, for a sink to read during its
    /// <see cref="ITokenSink.Token"/> call as <see cref="Surface"/>: what an exact term (<see cref="Index.ExactTerms"/>) is.</summary>
    public bool KeepsSurface { get; init; }

    /// <summary>The current token folded but not stemmed (with <see cref="KeepsSurface"/>), valid during the sink's call.</summary>
    public ReadOnlySpan<byte> Surface => _surface.AsSpan(0, _surfaceLength);

    /// <summary>Tokenizes a string as SQLite hands it to FTS5: encoded as UTF-8 (unpaired surrogates become U+FFFD).</summary>
    public void Tokenize<TSink>(string text, ref TSink sink)
        where TSink : ITokenSink, allows ref struct
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_text.Length < length)
        {
            _text = new byte[Math.Max(length, _text.Length * 2)];
        }

        var bytes = Encoding.UTF8.GetBytes(text, _text);
        Tokenize(_text.AsSpan(0, bytes), ref sink);
    }

    /// <summary>Tokenizes UTF-8 text: fts5UnicodeTokenize, then fts5PorterCb on each token.</summary>
    public void Tokenize<TSink>(ReadOnlySpan<byte> text, ref TSink sink)
        where TSink : ITokenSink, allows ref struct
    {
        var pos = 0;
        while (true)
        {
            // Skip separators up to the first character of a token.
            int start;
            uint first;
            while (true)
            {
                if (pos >= text.Length)
                {
                    return;
                }

                start = pos;
                var b = text[pos];
                if ((b & 0x80) != 0)
                {
                    first = ReadUtf8(text, ref pos);
                    if (Unicode61.IsTokenChar(first))
                    {
                        break;
                    }
                }
                else if (Unicode61.IsAsciiTokenChar(b))
                {
                    first = b;
                    pos++;
                    break;
                }
                else
                {
                    pos++;
                }
            }

            var length = 0;
            Append(Unicode61.Fold(first), ref length);
            var end = pos;
            while (pos < text.Length)
            {
                var b = text[pos];
                if ((b & 0x80) != 0)
                {
                    var code = ReadUtf8(text, ref pos);
                    if (!Unicode61.IsTokenChar(code) && !Unicode61.IsDiacritic(code))
                    {
                        break;
                    }

                    Append(Unicode61.Fold(code), ref length);
                }
                else if (!Unicode61.IsAsciiTokenChar(b))
                {
                    break;
                }
                else
                {
                    EnsureRoom(length);
                    _fold[length++] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
                    pos++;
                }

                end = pos;
            }

            if (KeepsSurface)
            {
                KeepSurface(length);
            }

            if (StemmedFirstBytes is null || (length > 0 && StemmedFirstBytes[_fold[0]]))
            {
                length = PorterStemmer.Stem(_fold, length);
            }

            sink.Token(_fold.AsSpan(0, Math.Min(length, MaxTermBytes)), start, end);
        }
    }

    /// <summary>The terms of a text with each one's folded form before stemming, in order.</summary>
    public static List<(string Term, string Surface)> TermsAndSurfaces(string text)
    {
        var tokenizer = new Tokenizer { KeepsSurface = true };
        var sink = new SurfaceCollector(tokenizer);
        tokenizer.Tokenize(text, ref sink);
        return sink.Terms;
    }

    /// <summary>The terms of a text, as byte strings (<see cref="TermText"/>), in order.</summary>
    public List<string> Terms(string text)
    {
        var sink = new TermCollector();
        Tokenize(text, ref sink);
        return sink.Terms;
    }

    /// <summary>READ_UTF8 of SQLite's utf.c, including what it makes of malformed bytes.</summary>
    private static uint ReadUtf8(ReadOnlySpan<byte> text, ref int pos)
    {
        uint c = text[pos++];
        if (c >= 0xc0)
        {
            c = s_utf8Trans1[c - 0xc0];
            while (pos < text.Length && (text[pos] & 0xc0) == 0x80)
            {
                c = (c << 6) + (uint)(0x3f & text[pos++]);
            }

            if (c < 0x80 || (c & 0xFFFFF800) == 0xD800 || (c & 0xFFFFFFFE) == 0xFFFE)
            {
                c = 0xFFFD;
            }
        }

        return c;
    }

    private void KeepSurface(int length)
    {
        var kept = Math.Min(length, MaxTermBytes);
        if (_surface.Length < kept)
        {
            _surface = new byte[Math.Max(kept, _surface.Length * 2)];
        }

        _fold.AsSpan(0, kept).CopyTo(_surface);
        _surfaceLength = kept;
    }

    private void EnsureRoom(int length)
    {
        // A token can grow in folding (U+023A, two bytes, folds to U+2C65, three), and the stemmer may add a byte.
        if (length + 8 > _fold.Length)
        {
            Array.Resize(ref _fold, _fold.Length * 2);
        }
    }

    /// <summary>WRITE_UTF8; a code point folded to 0 (a combining mark) writes nothing.</summary>
    private void Append(uint c, ref int length)
    {
        if (c == 0)
        {
            return;
        }

        EnsureRoom(length);
        var o = _fold;
        if (c < 0x80)
        {
            o[length++] = (byte)c;
        }
        else if (c < 0x800)
        {
            o[length++] = (byte)(0xC0 + ((c >> 6) & 0x1F));
            o[length++] = (byte)(0x80 + (c & 0x3F));
        }
        else if (c < 0x10000)
        {
            o[length++] = (byte)(0xE0 + ((c >> 12) & 0x0F));
            o[length++] = (byte)(0x80 + ((c >> 6) & 0x3F));
            o[length++] = (byte)(0x80 + (c & 0x3F));
        }
        else
        {
            o[length++] = (byte)(0xF0 + ((c >> 18) & 0x07));
            o[length++] = (byte)(0x80 + ((c >> 12) & 0x3F));
            o[length++] = (byte)(0x80 + ((c >> 6) & 0x3F));
            o[length++] = (byte)(0x80 + (c & 0x3F));
        }
    }

    private struct TermCollector : ITokenSink
    {
        public TermCollector() => Terms = [];

        public List<string> Terms { get; }

        public readonly void Token(ReadOnlySpan<byte> term, int start, int end) => Terms.Add(TermText.FromBytes(term));
    }

    private readonly struct SurfaceCollector(Tokenizer tokenizer) : ITokenSink
    {
        public List<(string Term, string Surface)> Terms { get; } = [];

        public void Token(ReadOnlySpan<byte> term, int start, int end) =>
            Terms.Add((TermText.FromBytes(term), TermText.FromBytes(tokenizer.Surface)));
    }
}
