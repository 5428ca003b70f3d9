namespace Catalog.Data.Store;

/// <summary>Orders strings as SQLite's BINARY collation does, by their UTF-8 bytes, which is code point order:
/// ordinal comparison of UTF-16 puts U+E000 to U+FFFF after the surrogate pairs of U+10000 and up.</summary>
internal sealed class CodePointOrder : IComparer<string>
{
    public static readonly CodePointOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = x.AsSpan();
        var b = y.AsSpan();
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return Weight(a[i]) - Weight(b[i]);
            }
        }

        return a.Length - b.Length;
    }

    // Surrogates (U+D800 to U+DFFF) stand for code points above U+FFFF, so they sort after every other UTF-16 unit.
    private static int Weight(char c) => char.IsSurrogate(c) ? c + 0x2000 : c is >= '\uE000' ? c - 0x800 : c;
}
