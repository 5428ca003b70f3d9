using Catalog.Data.Records;

namespace Catalog.Benchmarks;

/// <summary>What the records say about their words, for searches no one made before: each word's document frequency
/// over titles and abstracts, and the word pairs and triples that stand next to each other in titles. A token is a run
/// of letters and digits, as the engine's tokenizer splits; only all-ASCII lowercase words are offered as searches,
/// and pairs and triples only of tokens that are next to each other in the engine's positions too.</summary>
public sealed class CorpusWords
{
    /// <summary>Words too common to be a search anyone types (Lucene's English stop words of four letters or more).</summary>
    private static readonly HashSet<string> s_stopWords = new(StringComparer.Ordinal)
    {
        "into", "such", "that", "their", "then", "there", "these", "they", "this", "will", "with",
    };

    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _titlePairs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _titleTriples = new(StringComparer.Ordinal);

    private CorpusWords()
    {
    }

    public int Papers { get; private set; }

    public static CorpusWords From(string records)
    {
        var words = new CorpusWords();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in PaperRecordReader.Read(records).Select(l => l.Record).OfType<PaperRecord>())
        {
            words.Papers++;
            seen.Clear();
            var title = Tokens(record.Title);
            foreach (var token in title.Concat(Tokens(record.Abstract)))
            {
                if (token is not null && seen.Add(token))
                {
                    words._frequency[token] = words._frequency.GetValueOrDefault(token) + 1;
                }
            }

            for (var i = 0; i + 1 < title.Count; i++)
            {
                if (Searchable(title[i]) && Searchable(title[i + 1]))
                {
                    Count(words._titlePairs, $"{title[i]} {title[i + 1]}");
                    if (i + 2 < title.Count && Searchable(title[i + 2]))
                    {
                        Count(words._titleTriples, $"{title[i]} {title[i + 1]} {title[i + 2]}");
                    }
                }
            }
        }

        return words;
    }

    /// <summary>The papers whose title or abstract holds the word (the engine, which stems and also searches authors,
    /// finds at least these).</summary>
    public int Frequency(string word) => _frequency.GetValueOrDefault(word);

    public bool Occurs(string word) => _frequency.ContainsKey(word);

    /// <summary>Searchable words in at least <paramref name="minPapers"/> papers, most frequent first.</summary>
    public List<string> MostFrequent(int minPapers) =>
        [.. _frequency.Where(w => w.Value >= minPapers && Searchable(w.Key)).OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Key)];

    /// <summary>Searchable words of at least <paramref name="minLength"/> letters in a number of papers within the bounds, alphabetically.</summary>
    public List<string> WithFrequency(int minPapers, int maxPapers, int minLength = 4) =>
        [.. _frequency.Where(w => w.Value >= minPapers && w.Value <= maxPapers && w.Key.Length >= minLength && Searchable(w.Key)).Select(w => w.Key).Order(StringComparer.Ordinal)];

    /// <summary>Pairs of words next to each other in at least <paramref name="minTitles"/> titles, alphabetically.</summary>
    public List<string> TitlePairs(int minTitles) => Repeated(_titlePairs, minTitles);

    /// <summary>Three words in a row in at least <paramref name="minTitles"/> titles, alphabetically.</summary>
    public List<string> TitleTriples(int minTitles) => Repeated(_titleTriples, minTitles);

    private static List<string> Repeated(Dictionary<string, int> counts, int minTitles) =>
        [.. counts.Where(p => p.Value >= minTitles).Select(p => p.Key).Order(StringComparer.Ordinal)];

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>A word offered as a search: four ASCII letters or more, not a stop word.</summary>
    private static bool Searchable(string? token) => token is { Length: >= 4 } && !s_stopWords.Contains(token) && token.All(char.IsAsciiLetterLower);

    /// <summary>The text's tokens in order, lowercased; a token with characters other than ASCII letters and digits is
    /// null, so it keeps its position but is never offered.</summary>
    private static List<string?> Tokens(string text)
    {
        var tokens = new List<string?>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inToken = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                var token = text[start..i];
                tokens.Add(token.All(char.IsAscii) ? token.ToLowerInvariant() : null);
                start = -1;
            }
        }

        return tokens;
    }
}
