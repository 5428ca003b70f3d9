using System.Text;
using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Index;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Search.Engine.Highlight;

/// <summary>Marks a query's matches in a paper's text with the engine's own tokenizer, in one pass over the text
/// (a 1 MB abstract costs what tokenizing it costs): every instance of a query term or phrase is wrapped in
/// <see cref="SearchMarks"/>, and a snippet is the window of a given number of tokens that holds the most
/// different query terms, then the most matches. The terms are the query's required ones with the forms the search
/// gave them (<see cref="QueryExpansion"/>), a ranked query's optional ones too, each in the fields it may match in: <c>author:</c> marks nothing in a title.</summary>
public sealed class Highlighter
{
    private readonly Tokenizer _tokenizer = new();
    private readonly List<TermPattern> _title;
    private readonly List<TermPattern> _abstract;

    /// <summary>Tokenizes the texts, stemming only the tokens that start like a query term: no other can fill a slot.</summary>
    private readonly Tokenizer _textTokenizer;

    /// <summary>The first bytes of the query's terms (stemming never changes a token's first byte).</summary>
    private readonly bool[] _firstBytes = new bool[256];

    /// <param name="expanded">The query as the search's plan expanded it (<see cref="QueryPlan.Expanded"/>).</param>
    internal Highlighter(ParsedQuery expanded)
    {
        var terms = expanded.Required.Concat(expanded.Optional).SelectMany(g => g).Where(t => !t.IsFilter);
        var patterns = terms.Select(t => TermPattern.For(t, _tokenizer)).Where(p => !p.IsEmpty).ToList();
        _title = [.. patterns.Where(p => p.AllowsField(EngineField.Title))];
        _abstract = [.. patterns.Where(p => p.AllowsField(EngineField.Abstract))];
        // A word as written is looked for by its own first byte, not its mark's.
        foreach (var slot in patterns.SelectMany(p => p.Slots).Select(s => ExactTerms.IsExact(s) ? s[1..] : s).Where(s => s.Length > 0))
        {
            _firstBytes[slot[0]] = true;
        }

        _textTokenizer = new Tokenizer { StemmedFirstBytes = _firstBytes, KeepsSurface = patterns.Any(p => p.OwnForms.Count > 0) };
    }

    /// <summary>A title with its matches marked.</summary>
    public string Highlight(string title)
    {
        var tokens = Tokens(title);
        return Render(title, tokens, Instances(tokens, _title), 0, tokens.Count - 1, whole: true);
    }

    /// <summary>The best window of an abstract, its matches marked.</summary>
    public string Snippet(string text, int length)
    {
        var tokens = Tokens(text);
        var instances = Instances(tokens, _abstract);
        if (tokens.Count <= length)
        {
            return Render(text, tokens, instances, 0, tokens.Count - 1, whole: true);
        }

        var start = BestWindow(tokens.Count, instances, _abstract.Count, length);
        return Render(text, tokens, instances, start, Math.Min(tokens.Count, start + length) - 1, whole: false);
    }

    private List<TextToken> Tokens(string text)
    {
        var sink = new TokenList(_firstBytes, _textTokenizer);
        _textTokenizer.Tokenize(text, ref sink);
        return sink.Tokens;
    }

    /// <summary>Each instance as (first token, last token, pattern), by first token.</summary>
    private static List<(int First, int Last, int Pattern)> Instances(List<TextToken> tokens, List<TermPattern> patterns)
    {
        var instances = new List<(int, int, int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var p = 0; p < patterns.Count; p++)
            {
                var pattern = patterns[p];
                var slots = pattern.Slots.Count;
                if (i + slots > tokens.Count)
                {
                    continue;
                }

                var all = true;
                for (var s = 0; s < slots && all; s++)
                {
                    all = pattern.Fills(s, tokens[i + s].Term, tokens[i + s].Surface);
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
    private static int BestWindow(int tokenCount, List<(int First, int Last, int Pattern)> instances, int patterns, int length)
    {
        if (instances.Count == 0)
        {
            return 0;
        }

        var perPattern = new int[patterns];
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

    private static string Render(string text, List<TextToken> tokens, List<(int First, int Last, int Pattern)> instances, int from, int to, bool whole)
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
