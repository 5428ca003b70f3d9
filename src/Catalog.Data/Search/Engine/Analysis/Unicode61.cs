namespace Catalog.Data.Search.Engine.Analysis;

/// <summary>The character rules of FTS5's unicode61 tokenizer with its default categories ("L* N* Co") and
/// remove_diacritics 2, ported line for line from SQLite's fts5_unicode2.c over the same tables.</summary>
internal static class Unicode61
{
    // Categories that make a token character: 0 (code points outside the tables), L*, N* and Co (fts5UnicodeCatParse).
    private static readonly bool[] s_tokenCategory = TokenCategories();
    private static readonly bool[] s_asciiToken = AsciiTokenChars();

    /// <summary>True when an ASCII byte is part of a token (letters and digits; never 0).</summary>
    public static bool IsAsciiTokenChar(byte b) => s_asciiToken[b];

    /// <summary>True when a code point is part of a token (fts5UnicodeIsAlnum).</summary>
    public static bool IsTokenChar(uint code) => s_tokenCategory[Category(code)];

    /// <summary>True for the combining marks that stay inside a token and fold to nothing (sqlite3Fts5UnicodeIsdiacritic).</summary>
    public static bool IsDiacritic(uint code)
    {
        const uint mask0 = 0x08029FDF;
        const uint mask1 = 0x000361F8;
        if (code is < 768 or > 817)
        {
            return false;
        }

        return code < 768 + 32 ? (mask0 & (1u << (int)(code - 768))) != 0 : (mask1 & (1u << (int)(code - 768 - 32))) != 0;
    }

    /// <summary>Lower case without diacritics, as sqlite3Fts5UnicodeFold(c, 2); 0 for a mark that folds away.</summary>
    public static uint Fold(uint code)
    {
        if (code < 128)
        {
            return code is >= 'A' and <= 'Z' ? code + 32 : code;
        }

        if (code < 65536)
        {
            var codes = Fts5UnicodeTables.FoldCodes;
            var lo = 0;
            var hi = codes.Length - 1;
            var found = -1;
            while (hi >= lo)
            {
                var test = (hi + lo) / 2;
                if (code >= codes[test])
                {
                    found = test;
                    lo = test + 1;
                }
                else
                {
                    hi = test - 1;
                }
            }

            var result = code;
            var start = (uint)codes[found];
            var flags = (uint)Fts5UnicodeTables.FoldFlags[found];
            if (code < start + Fts5UnicodeTables.FoldRanges[found] && (0x01 & flags & (start ^ code)) == 0)
            {
                result = (code + Fts5UnicodeTables.FoldOffsets[(int)(flags >> 1)]) & 0xFFFF;
            }

            return RemoveDiacritic(result);
        }

        return code is >= 66560 and < 66600 ? code + 40 : code;
    }

    /// <summary>The category number of a code point (sqlite3Fts5UnicodeCategory); 0 outside the tables.</summary>
    public static int Category(uint code)
    {
        if (code >= 1 << 20)
        {
            return 0;
        }

        var map = Fts5UnicodeTables.CategoryMap;
        var data = Fts5UnicodeTables.CategoryData;
        int lo = Fts5UnicodeTables.CategoryBlock[(int)(code >> 16)];
        int hi = Fts5UnicodeTables.CategoryBlock[1 + (int)(code >> 16)];
        var key = (int)(code & 0xFFFF);
        var found = -1;
        while (hi > lo)
        {
            var test = (hi + lo) / 2;
            if (key >= map[test])
            {
                found = test;
                lo = test + 1;
            }
            else
            {
                hi = test;
            }
        }

        if (found < 0 || key >= map[found] + (data[found] >> 5))
        {
            return 0;
        }

        var category = data[found] & 0x1F;
        return category != 30 ? category : ((key - map[found]) & 0x01) != 0 ? 5 : 9;
    }

    /// <summary>fts5_remove_diacritic with bComplex set.</summary>
    private static uint RemoveDiacritic(uint code)
    {
        var keys = Fts5UnicodeTables.DiacriticKeys;
        var key = (code << 3) | 0x07;
        var found = 0;
        var lo = 0;
        var hi = keys.Length - 1;
        while (hi >= lo)
        {
            var test = (hi + lo) / 2;
            if (key >= keys[test])
            {
                found = test;
                lo = test + 1;
            }
            else
            {
                hi = test - 1;
            }
        }

        return code > (uint)(keys[found] >> 3) + (uint)(keys[found] & 0x07) ? code : (uint)(Fts5UnicodeTables.DiacriticChars[found] & 0x7F);
    }

    private static bool[] TokenCategories()
    {
        var categories = new bool[32];
        foreach (var category in (int[])[0, 5, 6, 7, 8, 9, 30, 13, 14, 15, 31])
        {
            categories[category] = true;
        }

        return categories;
    }

    /// <summary>sqlite3Fts5UnicodeAscii: the ASCII token characters follow from the same categories.</summary>
    private static bool[] AsciiTokenChars()
    {
        var ascii = new bool[256];
        for (var i = 1; i < 128; i++)
        {
            ascii[i] = s_tokenCategory[Category((uint)i)];
        }

        return ascii;
    }
}
