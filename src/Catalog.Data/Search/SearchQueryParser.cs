using System.Text;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Search;

/// <summary>Reads what people type into a search box, with the syntax they know from arXiv and Google:
/// words (all must match), "quoted phrases", -word to exclude, OR between alternatives, word* for a prefix, =word (or
/// <c>exact:word</c>) for a word as written, without stemming, and field terms (<c>title:</c>, <c>author:</c>,
/// <c>abstract:</c>, <c>venue:</c>, <c>year:</c>). Every other character is plain
/// text, so no input is a syntax error.</summary>
public static partial class SearchQueryParser
{
    /// <summary>More terms than this are ignored: no real search needs them, and each one costs an index lookup.</summary>
    public const int MaxTerms = 24;

    /// <summary>Longer input is cut to this many characters: the query is written into every filter, sort and page link
    /// of a results page, so this bounds the page's size too.</summary>
    public const int MaxLength = 512;

    private const string Quotes = "\"“”„«»";

    public static ParsedQuery Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ParsedQuery.Empty;
        }

        var text = Clean(Limit(input));
        var required = new List<List<QueryTerm>>();
        var excluded = new List<QueryTerm>();
        var pendingOr = false;
        var truncated = input.Length > MaxLength;
        var terms = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (terms >= MaxTerms)
            {
                truncated = true;
                break;
            }

            var negate = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (negate)
            {
                i++;
            }

            var term = ReadFieldTerm(text, ref i);
            if (term is null)
            {
                var exact = StartsExact(text, i);
                i += exact ? 1 : 0;
                var (raw, isPhrase) = ReadToken(text, ref i);
                if (!isPhrase && !negate && !exact && raw == "OR")
                {
                    pendingOr = required.Count > 0;
                    continue;
                }

                term = Plain(raw, isPhrase, exact);
                if (!HasWords(term))
                {
                    continue;
                }
            }

            terms++;
            if (negate)
            {
                excluded.Add(term);
            }
            else if (pendingOr)
            {
                required[^1].Add(term);
            }
            else
            {
                required.Add([term]);
            }

            pendingOr = false;
        }

        return new ParsedQuery([.. required], excluded, truncated);
    }

    /// <summary>A word or phrase; asked for as written (<c>=word</c>) unless it is a prefix, which matches any word it starts.</summary>
    private static QueryTerm Plain(string raw, bool isPhrase, bool exact = false)
    {
        var isPrefix = !isPhrase && raw.EndsWith('*');
        return new QueryTerm(isPhrase ? raw.Trim() : raw.TrimEnd('*'), isPhrase, isPrefix) { IsExact = exact && !isPrefix };
    }

    /// <summary>True when the text at <paramref name="i"/> is an <c>=</c> with a word or phrase right after it.</summary>
    private static bool StartsExact(string text, int i) => text[i] == '=' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    private static bool HasWords(QueryTerm term) => term.Text.Any(char.IsLetterOrDigit);

    /// <summary>The first <see cref="MaxLength"/> characters, without splitting a surrogate pair.</summary>
    public static string Limit(string input) =>
        input.Length <= MaxLength ? input : input[..(char.IsHighSurrogate(input[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];

    private static (string Text, bool IsPhrase) ReadToken(string text, ref int i)
    {
        if (Quotes.Contains(text[i], StringComparison.Ordinal))
        {
            var end = text.IndexOfAny(Quotes.ToCharArray(), i + 1);
            if (end < 0)
            {
                end = text.Length;
            }

            var phrase = text[(i + 1)..end];
            i = Math.Min(text.Length, end + 1);
            return (phrase, true);
        }

        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return (text[start..i], false);
    }

    /// <summary>Control characters, unpaired surrogates and the noncharacters U+FFFE and U+FFFF carry no words;
    /// they can upset the tokenizer, and string.Normalize throws on them.</summary>
    private static string Clean(string input) => QueryText.WithoutNonText(input).Normalize(NormalizationForm.FormC);
}
