using System.Text;
using Catalog.Data.Search.Engine.Analysis;

namespace Catalog.Data.Search.Engine.Index;

/// <summary>The catalog's hyphen compounds: two adjacent tokens of one field with exactly "-" between them in the text
/// ("fine-tuning"), each recorded as its joined term ("finetun", the term of "finetuning") and the two words as first
/// printed ("fine tuning"). What lets a query's joined word (<c>finetuning</c>) also find the hyphenated and the
/// spaced forms, and only when the catalog prints that word with a hyphen: <c>another</c> stays "another".
/// Plain arrays, sorted by joined term (<see cref="TermText"/> byte order), so the index can be saved as it is.</summary>
/// <param name="joined">The joined terms, ascending; a term appears once per distinct pair of words.</param>
/// <param name="split">The two words of each compound, as printed, with a space between.</param>
internal sealed class HyphenCompounds(string[] joined, string[] split)
{
    public static readonly HyphenCompounds None = new([], []);

    public string[] Joined => joined;

    public string[] Split => split;

    public int Count => joined.Length;

    public long Bytes => joined.Sum(t => 24L + (2L * t.Length)) + split.Sum(s => 24L + (2L * s.Length)) + (16L * joined.Length);

    /// <summary>The spaced forms ("fine tuning") of every compound whose joined term this is.</summary>
    public IEnumerable<string> SplitsOf(string term)
    {
        var i = Array.BinarySearch(joined, term, StringComparer.Ordinal);
        if (i < 0)
        {
            yield break;
        }

        while (i > 0 && joined[i - 1] == term)
        {
            i--;
        }

        for (; i < joined.Length && joined[i] == term; i++)
        {
            yield return split[i];
        }
    }

    /// <summary>The tokens that follow a hyphen compounding them with the token before: every k where tokens k-1 and k
    /// have exactly "-" between them in the UTF-8 text, and are not both numbers ("1-2" and "2021-2023" are ranges).</summary>
    public static IEnumerable<int> HyphenatedAt(List<TextToken> tokens, byte[] utf8)
    {
        static bool IsNumber(string term) => term.All(char.IsAsciiDigit);
        for (var k = 1; k < tokens.Count; k++)
        {
            var before = tokens[k - 1].End;
            if (tokens[k].Start == before + 1 && utf8[before] == (byte)'-' && !(IsNumber(tokens[k - 1].Term) && IsNumber(tokens[k].Term)))
            {
                yield return k;
            }
        }
    }

    /// <summary>A query word's joined form, its compounding hyphens taken out ("fine-tuning" gives "finetuning"), or
    /// null when it has none.</summary>
    public static string? Join(string word, Tokenizer tokenizer)
    {
        var utf8 = Encoding.UTF8.GetBytes(word);
        var tokens = TokenList.Of(utf8, tokenizer);
        var hyphens = HyphenatedAt(tokens, utf8).Select(k => tokens[k - 1].End).ToHashSet();
        if (hyphens.Count == 0)
        {
            return null;
        }

        var kept = utf8.Where((_, i) => !hyphens.Contains(i)).ToArray();
        return Encoding.UTF8.GetString(kept);
    }
}
