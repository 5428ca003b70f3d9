using System.Text;

namespace Catalog.Data.Search.Engine.Analysis;

/// <summary>Terms are kept as byte strings: one char per UTF-8 byte of the term. Ordinal order is then FTS5's byte
/// order, a prefix is a byte prefix as in FTS5, and a stem the porter rules cut inside a multi-byte character stays
/// distinct from every other term.</summary>
internal static class TermText
{
    public static string FromBytes(ReadOnlySpan<byte> term) => string.Create(term.Length, term, static (chars, bytes) => Widen(bytes, chars));

    /// <summary>Copies bytes into chars one for one (Latin-1).</summary>
    public static void Widen(ReadOnlySpan<byte> bytes, Span<char> chars) => Encoding.Latin1.GetChars(bytes, chars);

    /// <summary>The term as text, for people (did-you-mean, debugging).</summary>
    public static string ToDisplay(string term) => Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(term));
}
