using System.Text;
using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Index;

namespace Catalog.Data.Search.Engine.Similar;

/// <summary>"More like this", as Lucene and arxiv-sanity do it: a paper's most distinctive title and abstract terms,
/// each weighted as the search weighs it (its field weight times its count, times its inverse document frequency),
/// become one OR query, which the engine ranks like any search. A term no other paper holds finds nothing, and a term in
/// nearly every paper says nothing, so both are left out.</summary>
internal static class MoreLikeThis
{
    /// <summary>How many terms the query is made of: enough to find neighbours, few enough to stay a small search.</summary>
    public const int MaxTerms = 16;

    /// <summary>A term in more than this share of the papers is left out; below it, its inverse document frequency
    /// already weighs it down.</summary>
    public const double MaxShare = 0.7;

    /// <summary>Words that say nothing of a paper's subject: the English stop words (<see cref="StopWords"/>), and the
    /// phrasing abstracts share ("we propose", "our results show"), which in a small catalog are rare enough to look
    /// distinctive.</summary>
    private static readonly HashSet<string> s_stopWords = new(
        """
        we our us also from can more than has have had its well same over all new both
        other only most much using used use uses show shows shown present presents propose proposed proposes demonstrate
        demonstrates paper work works result results approach approaches method methods different including further
        while lead leads often like across without via each based however even many may might one two three first
        any some very just them those been being were done make makes made out up down
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Concat(StopWords.English), StringComparer.OrdinalIgnoreCase);

    /// <summary>The query's terms, most distinctive first: each the term and the word it was made from, so that a
    /// reader sees "upcycling", not its stem.</summary>
    public static List<(int TermId, string Word, double Weight)> Terms(SearchIndex index, string title, string abstractText)
    {
        var counts = new Dictionary<string, (string Word, double Weighted)>(StringComparer.Ordinal);
        Count(title, EngineField.Weights[EngineField.Title], counts);
        Count(abstractText, EngineField.Weights[EngineField.Abstract], counts);
        var papers = index.DocumentCount;
        var terms = new List<(int TermId, string Word, double Weight)>();
        foreach (var (term, (word, weighted)) in counts)
        {
            var id = index.Terms.Find(term);
            var holders = id < 0 ? 0 : index.Postings.DocumentCount(id);
            if (holders < 2 || holders > MaxShare * papers || word.Length < 3 || word.All(char.IsAsciiDigit) || s_stopWords.Contains(word))
            {
                continue;
            }

            var idf = Math.Log(1 + ((papers - holders + 0.5) / (holders + 0.5)));
            terms.Add((id, word, weighted * idf));
        }

        return [.. terms.OrderByDescending(t => t.Weight).ThenBy(t => t.TermId).Take(MaxTerms)];
    }

    private static void Count(string text, int weight, Dictionary<string, (string Word, double Weighted)> counts)
    {
        var sink = new WordCollector(Encoding.UTF8.GetBytes(text));
        new Tokenizer().Tokenize(sink.Text, ref sink);
        foreach (var (term, word) in sink.Words)
        {
            counts[term] = counts.TryGetValue(term, out var known) ? (known.Word, known.Weighted + weight) : (word, weight);
        }
    }

    /// <summary>Each token's term and the text it was made from.</summary>
    private readonly struct WordCollector(byte[] text) : ITokenSink
    {
        public byte[] Text { get; } = text;

        public List<(string Term, string Word)> Words { get; } = [];

        public void Token(ReadOnlySpan<byte> term, int start, int end) =>
            Words.Add((TermText.FromBytes(term), Encoding.UTF8.GetString(Text, start, end - start)));
    }
}
