namespace Catalog.Data.Search.Engine.Analysis;

/// <summary>FTS5's porter tokenizer (fts5_tokenize.c), ported rule for rule. It works on the token's UTF-8 bytes, as
/// FTS5 does: any byte that is not an ASCII vowel counts as a consonant, and tokens under 3 or over 64 bytes pass
/// through unchanged.</summary>
internal static class PorterStemmer
{
    public const int MaxToken = 64;

    /// <summary>Stems the first <paramref name="length"/> bytes of <paramref name="buffer"/> in place (the buffer
    /// must have room for one more byte) and returns the stem's length.</summary>
    public static int Stem(Span<byte> buffer, int length)
    {
        if (length is > MaxToken or < 3)
        {
            return length;
        }

        var n = length;
        Step1A(buffer, ref n);
        if (Step1B(buffer, ref n) && !Step1B2(buffer, ref n))
        {
            var c = buffer[n - 1];
            if (!IsVowel(c, false) && c != 'l' && c != 's' && c != 'z' && n >= 2 && c == buffer[n - 2])
            {
                n--;
            }
            else if (MEq1(buffer[..n]) && OStar(buffer[..n]))
            {
                buffer[n++] = (byte)'e';
            }
        }

        if (buffer[n - 1] == 'y' && HasVowel(buffer[..(n - 1)]))
        {
            buffer[n - 1] = (byte)'i';
        }

        if (n >= 2)
        {
            Step2(buffer, ref n);
        }

        if (n >= 2)
        {
            Step3(buffer, ref n);
        }

        if (n >= 2)
        {
            Step4(buffer, ref n);
        }

        if (buffer[n - 1] == 'e' && (MGt1(buffer[..(n - 1)]) || (MEq1(buffer[..(n - 1)]) && !OStar(buffer[..(n - 1)]))))
        {
            n--;
        }

        if (n > 1 && buffer[n - 1] == 'l' && buffer[n - 2] == 'l' && MGt1(buffer[..(n - 1)]))
        {
            n--;
        }

        return n;
    }

    private static bool IsVowel(byte c, bool yIsVowel) =>
        c is (byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' || (yIsVowel && c == 'y');

    /// <summary>fts5PorterGobbleVC: the length of the first vowel-consonant run, or 0 when there is none.</summary>
    private static int GobbleVC(ReadOnlySpan<byte> stem, bool previousConsonant)
    {
        var consonant = previousConsonant;
        int i;
        for (i = 0; i < stem.Length; i++)
        {
            consonant = !IsVowel(stem[i], consonant);
            if (!consonant)
            {
                break;
            }
        }

        for (i++; i < stem.Length; i++)
        {
            consonant = !IsVowel(stem[i], consonant);
            if (consonant)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool MGt0(ReadOnlySpan<byte> stem) => GobbleVC(stem, false) != 0;

    private static bool MGt1(ReadOnlySpan<byte> stem)
    {
        var n = GobbleVC(stem, false);
        return n != 0 && GobbleVC(stem[n..], true) != 0;
    }

    private static bool MEq1(ReadOnlySpan<byte> stem)
    {
        var n = GobbleVC(stem, false);
        return n != 0 && GobbleVC(stem[n..], true) == 0;
    }

    /// <summary>*o: the stem ends consonant-vowel-consonant, the last not w, x or y.</summary>
    private static bool OStar(ReadOnlySpan<byte> stem)
    {
        var last = stem[^1];
        if (last is (byte)'w' or (byte)'x' or (byte)'y')
        {
            return false;
        }

        var mask = 0;
        var consonant = false;
        foreach (var c in stem)
        {
            consonant = !IsVowel(c, consonant);
            mask = (mask << 1) + (consonant ? 1 : 0);
        }

        return (mask & 0x0007) == 0x0005;
    }

    private static bool MGt1AndSOrT(ReadOnlySpan<byte> stem) => (stem[^1] == 's' || stem[^1] == 't') && MGt1(stem);

    /// <summary>*v*: the stem holds a vowel (y counts after the first letter).</summary>
    private static bool HasVowel(ReadOnlySpan<byte> stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (IsVowel(stem[i], i > 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWith(Span<byte> buffer, int n, string suffix)
    {
        if (n <= suffix.Length)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (buffer[n - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void Replace(Span<byte> buffer, ref int n, int suffixLength, string output)
    {
        var stem = n - suffixLength;
        for (var i = 0; i < output.Length; i++)
        {
            buffer[stem + i] = (byte)output[i];
        }

        n = stem + output.Length;
    }

    /// <summary>One rule of steps 2 to 4: when the word ends with the suffix, it is replaced if the stem before it meets
    /// the condition. Returns true when the suffix matched, so that the caller tries no other rule of the step.</summary>
    private static bool Rule(Span<byte> buffer, ref int n, string suffix, Condition condition, string output)
    {
        if (!EndsWith(buffer, n, suffix))
        {
            return false;
        }

        var stem = buffer[..(n - suffix.Length)];
        var applies = condition switch
        {
            Condition.MGt0 => MGt0(stem),
            Condition.MGt1 => MGt1(stem),
            _ => MGt1AndSOrT(stem),
        };
        if (applies)
        {
            Replace(buffer, ref n, suffix.Length, output);
        }

        return true;
    }

    private static void Step1A(Span<byte> buffer, ref int n)
    {
        if (buffer[n - 1] != 's')
        {
            return;
        }

        if (buffer[n - 2] == 'e')
        {
            n -= (n > 4 && buffer[n - 4] == 's' && buffer[n - 3] == 's') || (n > 3 && buffer[n - 3] == 'i') ? 2 : 1;
        }
        else if (buffer[n - 2] != 's')
        {
            n--;
        }
    }

    private static bool Step1B(Span<byte> buffer, ref int n)
    {
        switch (buffer[n - 2])
        {
            case (byte)'e':
                if (EndsWith(buffer, n, "eed"))
                {
                    if (MGt0(buffer[..(n - 3)]))
                    {
                        Replace(buffer, ref n, 3, "ee");
                    }
                }
                else if (EndsWith(buffer, n, "ed") && HasVowel(buffer[..(n - 2)]))
                {
                    n -= 2;
                    return true;
                }

                break;
            case (byte)'n':
                if (EndsWith(buffer, n, "ing") && HasVowel(buffer[..(n - 3)]))
                {
                    n -= 3;
                    return true;
                }

                break;
        }

        return false;
    }

    private static bool Step1B2(Span<byte> buffer, ref int n)
    {
        if (n < 2)
        {
            return false;
        }

        foreach (var (suffix, output) in (ReadOnlySpan<(string, string)>)[("at", "ate"), ("bl", "ble"), ("iz", "ize")])
        {
            if (EndsWith(buffer, n, suffix))
            {
                Replace(buffer, ref n, 2, output);
                return true;
            }
        }

        return false;
    }

    private static void Step2(Span<byte> buffer, ref int n)
    {
        _ = buffer[n - 2] switch
        {
            (byte)'a' => Rule(buffer, ref n, "ational", Condition.MGt0, "ate") || Rule(buffer, ref n, "tional", Condition.MGt0, "tion"),
            (byte)'c' => Rule(buffer, ref n, "enci", Condition.MGt0, "ence") || Rule(buffer, ref n, "anci", Condition.MGt0, "ance"),
            (byte)'e' => Rule(buffer, ref n, "izer", Condition.MGt0, "ize"),
            (byte)'g' => Rule(buffer, ref n, "logi", Condition.MGt0, "log"),
            (byte)'l' => Rule(buffer, ref n, "bli", Condition.MGt0, "ble") || Rule(buffer, ref n, "alli", Condition.MGt0, "al")
                || Rule(buffer, ref n, "entli", Condition.MGt0, "ent") || Rule(buffer, ref n, "eli", Condition.MGt0, "e")
                || Rule(buffer, ref n, "ousli", Condition.MGt0, "ous"),
            (byte)'o' => Rule(buffer, ref n, "ization", Condition.MGt0, "ize") || Rule(buffer, ref n, "ation", Condition.MGt0, "ate")
                || Rule(buffer, ref n, "ator", Condition.MGt0, "ate"),
            (byte)'s' => Rule(buffer, ref n, "alism", Condition.MGt0, "al") || Rule(buffer, ref n, "iveness", Condition.MGt0, "ive")
                || Rule(buffer, ref n, "fulness", Condition.MGt0, "ful") || Rule(buffer, ref n, "ousness", Condition.MGt0, "ous"),
            (byte)'t' => Rule(buffer, ref n, "aliti", Condition.MGt0, "al") || Rule(buffer, ref n, "iviti", Condition.MGt0, "ive")
                || Rule(buffer, ref n, "biliti", Condition.MGt0, "ble"),
            _ => false,
        };
    }

    private static void Step3(Span<byte> buffer, ref int n)
    {
        _ = buffer[n - 2] switch
        {
            (byte)'a' => Rule(buffer, ref n, "ical", Condition.MGt0, "ic"),
            (byte)'s' => Rule(buffer, ref n, "ness", Condition.MGt0, ""),
            (byte)'t' => Rule(buffer, ref n, "icate", Condition.MGt0, "ic") || Rule(buffer, ref n, "iciti", Condition.MGt0, "ic"),
            (byte)'u' => Rule(buffer, ref n, "ful", Condition.MGt0, ""),
            (byte)'v' => Rule(buffer, ref n, "ative", Condition.MGt0, ""),
            (byte)'z' => Rule(buffer, ref n, "alize", Condition.MGt0, "al"),
            _ => false,
        };
    }

    private static void Step4(Span<byte> buffer, ref int n)
    {
        _ = buffer[n - 2] switch
        {
            (byte)'a' => Rule(buffer, ref n, "al", Condition.MGt1, ""),
            (byte)'c' => Rule(buffer, ref n, "ance", Condition.MGt1, "") || Rule(buffer, ref n, "ence", Condition.MGt1, ""),
            (byte)'e' => Rule(buffer, ref n, "er", Condition.MGt1, ""),
            (byte)'i' => Rule(buffer, ref n, "ic", Condition.MGt1, ""),
            (byte)'l' => Rule(buffer, ref n, "able", Condition.MGt1, "") || Rule(buffer, ref n, "ible", Condition.MGt1, ""),
            (byte)'n' => Rule(buffer, ref n, "ant", Condition.MGt1, "") || Rule(buffer, ref n, "ement", Condition.MGt1, "")
                || Rule(buffer, ref n, "ment", Condition.MGt1, "") || Rule(buffer, ref n, "ent", Condition.MGt1, ""),
            (byte)'o' => Rule(buffer, ref n, "ion", Condition.MGt1AndSOrT, "") || Rule(buffer, ref n, "ou", Condition.MGt1, ""),
            (byte)'s' => Rule(buffer, ref n, "ism", Condition.MGt1, ""),
            (byte)'t' => Rule(buffer, ref n, "ate", Condition.MGt1, "") || Rule(buffer, ref n, "iti", Condition.MGt1, ""),
            (byte)'u' => Rule(buffer, ref n, "ous", Condition.MGt1, ""),
            (byte)'v' => Rule(buffer, ref n, "ive", Condition.MGt1, ""),
            (byte)'z' => Rule(buffer, ref n, "ize", Condition.MGt1, ""),
            _ => false,
        };
    }

    private enum Condition
    {
        MGt0,
        MGt1,
        MGt1AndSOrT,
    }
}
