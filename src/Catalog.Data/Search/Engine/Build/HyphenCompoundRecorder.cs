using System.Text;
using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Index;

namespace Catalog.Data.Search.Engine.Build;

/// <summary>Finds the hyphen compounds of the texts one index worker reads (<see cref="HyphenCompounds"/>). Most text
/// has no hyphen between two words, so it looks only around each "-" that stands between two non-spaces, at the words
/// there: tokens never cross white space, so the words' tokens are the text's.</summary>
internal sealed class HyphenCompoundRecorder
{
    /// <summary>How far from a hyphen its words are read: no compound is that long, and it bounds the work on a text of
    /// one endless word.</summary>
    private const int MaxWord = 64;

    private readonly Dictionary<(string Joined, string Left, string Right), string> _found = [];

    public void Record(string text, Tokenizer tokenizer)
    {
        var done = -1;
        for (var hyphen = text.IndexOf('-', StringComparison.Ordinal); hyphen >= 0; hyphen = text.IndexOf('-', hyphen + 1))
        {
            if (hyphen == 0 || hyphen + 1 == text.Length || char.IsWhiteSpace(text[hyphen - 1]) || char.IsWhiteSpace(text[hyphen + 1]))
            {
                continue;
            }

            var (start, end) = (Bound(text, hyphen, -1), Bound(text, hyphen, +1));
            if (end > done)
            {
                done = end;
                RecordWords(text, start, end, tokenizer);
            }
        }
    }

    /// <summary>Merges the workers' compounds, sorted by joined term, then words, so the index is the same from any run.</summary>
    public static HyphenCompounds Merge(IEnumerable<HyphenCompoundRecorder> recorders)
    {
        var all = new Dictionary<(string Joined, string Left, string Right), string>();
        foreach (var recorder in recorders)
        {
            foreach (var (key, split) in recorder._found)
            {
                all.TryAdd(key, split);
            }
        }

        var ordered = all.OrderBy(e => e.Key.Joined, StringComparer.Ordinal).ThenBy(e => e.Key.Left, StringComparer.Ordinal)
            .ThenBy(e => e.Key.Right, StringComparer.Ordinal).ToList();
        return new HyphenCompounds([.. ordered.Select(e => e.Key.Joined)], [.. ordered.Select(e => e.Value)]);
    }

    /// <summary>Records the compounds of text[start..end); a token the window cuts (it does not start or end at white
    /// space or the text's ends) is not one of the text's, so it is left out.</summary>
    private void RecordWords(string text, int start, int end, Tokenizer tokenizer)
    {
        var utf8 = Encoding.UTF8.GetBytes(text[start..end]);
        var tokens = TokenList.Of(utf8, tokenizer);
        if (tokens.Count > 0 && start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            tokens.RemoveAt(0);
        }

        if (tokens.Count > 0 && end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        foreach (var k in HyphenCompounds.HyphenatedAt(tokens, utf8))
        {
            var (left, right) = (tokens[k - 1], tokens[k]);
            var leftText = Encoding.UTF8.GetString(utf8, left.Start, left.End - left.Start);
            var rightText = Encoding.UTF8.GetString(utf8, right.Start, right.End - right.Start);
            if (tokenizer.Terms(leftText + rightText) is [var joined])
            {
                _found.TryAdd((joined, left.Term, right.Term), $"{leftText} {rightText}");
            }
        }
    }

    /// <summary>Where the run of non-spaces around the hyphen ends in the direction, at most <see cref="MaxWord"/>
    /// away: the start, or the end exclusive.</summary>
    private static int Bound(string text, int hyphen, int direction)
    {
        var at = hyphen;
        for (var steps = 0; steps < MaxWord; steps++)
        {
            var next = at + direction;
            if (next < 0 || next >= text.Length || char.IsWhiteSpace(text[next]))
            {
                break;
            }

            at = next;
        }

        return direction < 0 ? at : at + 1;
    }
}
