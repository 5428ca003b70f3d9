using System.Text;

namespace Catalog.Data.Search.Engine;

/// <summary>Marks a query's matches in a paper's text with the engine's own tokenizer, in one pass over the text
/// (a 1 MB abstract costs what tokenizing it costs): every instance of a query term or phrase is wrapped in
/// <see cref="SearchMarks"/>, and a snippet is the window of a given number of tokens that holds the most
/// different query terms, then the most matches.</summary>
internal sealed class Highlighter
{
    private readonly Tokenizer _tokenizer;
    private readonly List<TermPattern> _patterns;
    private readonly (string Term, bool IsPrefix)[] _slots;

    public Highlighter(ParsedQuery query)
    {
        var queryTokenizer = new Tokenizer();
        _patterns = [.. query.Required.SelectMany(g => g).Select(t => TermPattern.For(t, queryTokenizer)).Where(p => !p.IsEmpty)];
        _slots = [.. _patterns.SelectMany(p => p.Slots.Select((term, slot) => (term, p.IsPrefix(slot)))).Distinct()];
        var firstBytes = new bool[256];
        foreach (var (term, _) in _slots)
        {
            firstBytes[term.Length > 0 ? term[0] : 0] = true;
        }

        _tokenizer = new Tokenizer { StemmedFirstBytes = firstBytes };
    }

    public string Highlight(string text)
    {
        var tokens = Tokens(text);
        return Render(text, tokens, Instances(tokens), 0, tokens.Count - 1, whole: true);
    }

    public string Snippet(string text, int length)
    {
        var tokens = Tokens(text);
        var instances = Instances(tokens);
        if (tokens.Count <= length)
        {
            return Render(text, tokens, instances, 0, tokens.Count - 1, whole: true);
        }

        var start = BestWindow(tokens.Count, instances, length);
        return Render(text, tokens, instances, start, Math.Min(tokens.Count, start + length) - 1, whole: false);
    }

    private List<Token> Tokens(string text)
    {
        var sink = new TokenList(_slots);
        _tokenizer.Tokenize(text, ref sink);
        return sink.Tokens;
    }

    /// <summary>Each instance as (first token, last token, pattern), by first token.</summary>
    private List<(int First, int Last, int Pattern)> Instances(List<Token> tokens)
    {
        var instances = new List<(int, int, int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var p = 0; p < _patterns.Count; p++)
            {
                var pattern = _patterns[p];
                var slots = pattern.Slots.Count;
                if (i + slots > tokens.Count)
                {
                    continue;
                }

                var all = true;
                for (var s = 0; s < slots && all; s++)
                {
                    all = tokens[i + s].Term is { } term && pattern.Fills(s, term);
                }

                if (all)
                {
                    instances.Add((i, i + slots - 1, p));
                }
            }
        }

        return instances;
    }

    /// <summary>The first token of the window with the most different patterns, then the most instances; earliest on ties.</summary>
    private int BestWindow(int tokenCount, List<(int First, int Last, int Pattern)> instances, int length)
    {
        if (instances.Count == 0)
        {
            return 0;
        }

        var perPattern = new int[_patterns.Count];
        var (best, bestDistinct, bestCount) = (0, -1, -1);
        var (distinct, count, head, tail) = (0, 0, 0, 0);
        // Windows that start at an instance are the only ones worth trying: any other can slide right to one.
        foreach (var (first, _, _) in instances)
        {
            var start = Math.Min(first, tokenCount - length);
            while (tail < instances.Count && instances[tail].Last < start + length)
            {
                if (perPattern[instances[tail].Pattern]++ == 0)
                {
                    distinct++;
                }

                count++;
                tail++;
            }

            while (head < tail && instances[head].First < start)
            {
                if (--perPattern[instances[head].Pattern] == 0)
                {
                    distinct--;
                }

                count--;
                head++;
            }

            if (distinct > bestDistinct || (distinct == bestDistinct && count > bestCount))
            {
                (best, bestDistinct, bestCount) = (start, distinct, count);
            }
        }

        return best;
    }

    private static string Render(string text, List<Token> tokens, List<(int First, int Last, int Pattern)> instances, int from, int to, bool whole)
    {
        if (tokens.Count == 0)
        {
            return text;
        }

        // Overlapping instances are one mark; byte offsets become char offsets in one walk along the text.
        var marks = new List<(int Start, int End)>();
        foreach (var (first, last, _) in instances)
        {
            if (first < from || last > to)
            {
                continue;
            }

            var (start, end) = (tokens[first].Start, tokens[last].End);
            if (marks.Count > 0 && start < marks[^1].End)
            {
                marks[^1] = (marks[^1].Start, Math.Max(end, marks[^1].End));
            }
            else
            {
                marks.Add((start, end));
            }
        }

        var walker = new OffsetWalker(text);
        var begin = whole ? 0 : walker.CharAt(tokens[from].Start);
        var builder = new StringBuilder();
        if (!whole && from > 0)
        {
            builder.Append('…');
        }

        var at = begin;
        foreach (var (start, end) in marks)
        {
            var s = walker.CharAt(start);
            var e = walker.CharAt(end);
            builder.Append(text, at, s - at).Append(SearchMarks.Start).Append(text, s, e - s).Append(SearchMarks.End);
            at = e;
        }

        var stop = whole ? text.Length : walker.CharAt(tokens[to].End);
        builder.Append(text, at, Math.Max(0, stop - at));
        if (!whole && to < tokens.Count - 1)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    /// <summary>A token: its offsets, and its term when it could fill a slot of the query (most cannot, and are not
    /// made into strings).</summary>
    private readonly record struct Token(string? Term, int Start, int End);

    private readonly struct TokenList((string Term, bool IsPrefix)[] slots) : ITokenSink
    {
        public List<Token> Tokens { get; } = [];

        public void Token(ReadOnlySpan<byte> term, int start, int end) => Tokens.Add(new Token(CanFill(term) ? TermText.FromBytes(term) : null, start, end));

        private bool CanFill(ReadOnlySpan<byte> term)
        {
            foreach (var (slot, isPrefix) in slots)
            {
                if (term.Length == slot.Length || (isPrefix && term.Length > slot.Length))
                {
                    var same = true;
                    for (var i = 0; i < slot.Length && same; i++)
                    {
                        same = term[i] == slot[i];
                    }

                    if (same)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    /// <summary>Turns UTF-8 byte offsets into char offsets, for offsets asked in ascending order.</summary>
    private sealed class OffsetWalker(string text)
    {
        private int _char;
        private int _byte;

        public int CharAt(int byteOffset)
        {
            if (byteOffset < _byte)
            {
                (_char, _byte) = (0, 0);
            }

            while (_byte < byteOffset && _char < text.Length)
            {
                var c = text[_char];
                if (char.IsHighSurrogate(c) && _char + 1 < text.Length && char.IsLowSurrogate(text[_char + 1]))
                {
                    _byte += 4;
                    _char += 2;
                }
                else
                {
                    _byte += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                    _char++;
                }
            }

            return _char;
        }
    }
}
