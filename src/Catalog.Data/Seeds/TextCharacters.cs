using System.Buffers;
using System.Globalization;

namespace Catalog.Data.Seeds;

/// <summary>The one rule for which characters seed text may hold. Control characters other than tab and line feed, and
/// the noncharacters U+FFFE and U+FFFF, are refused with their line: SQLite and the full-text index stop reading a text
/// at a NUL, the search marks matches with U+0002 and U+0003, and the rest would be stored invisibly.</summary>
public static class TextCharacters
{
    private static readonly SearchValues<char> s_refused = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not '\t' and not '\n').Select(c => (char)c),
         .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    /// <summary>The index of the first refused character, or -1.</summary>
    public static int FirstRefused(ReadOnlySpan<char> text) => text.IndexOfAny(s_refused);

    /// <summary>"U+0000 (a NUL)": how a problem names a refused character.</summary>
    public static string Describe(char c) => c switch
    {
        '\0' => "U+0000 (a NUL)",
        '\r' => "U+000D (a carriage return on its own)",
        '\u001B' => "U+001B (an escape)",
        _ => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}"),
    } + ", which is not text";
}
