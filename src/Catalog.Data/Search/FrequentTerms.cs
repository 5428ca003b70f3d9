using System.Collections.Concurrent;
using System.Data;
using System.Diagnostics;
using Catalog.Data.Store;
using Dapper;

namespace Catalog.Data.Search;

/// <summary>Ready answers for the catalog's most common words, worked out in the background whenever a new catalog
/// version is opened, the way search servers warm a new index. Ranking is what makes a common word slow: FTS5 scores
/// every paper that holds it (66,721 for "model" in 86k arXiv papers) to find the best 20. For each word held by at
/// least <see cref="MinShare"/> of the papers, the whole ranked list of papers and the filter counts of the plain search
/// are kept, so any page of that search is a slice of the list. Everything is computed by <see cref="PaperSearch"/>'s
/// own queries, so a ready answer is the very answer the search would give.</summary>
public sealed class FrequentTerms(CatalogDatabase database)
{
    /// <summary>Words in at least this share of the papers get a ready answer (258 words and 43 MB of lists for 86k arXiv
    /// papers, worked out in 16 s).</summary>
    public const double MinShare = 0.1;

    private readonly Lock _lock = new();
    private Generation? _current;

    /// <summary>Words in fewer papers than this never get one: ranking so few is fast enough.</summary>
    internal int MinPapers { get; init; } = 2_000;

    /// <summary>Starts working out the answers for the catalog as it is now, unless that is under way; the task ends when
    /// every answer is ready and gives what was done.</summary>
    public Task<FrequentTermsReport> WarmUpAsync() => CurrentGeneration().Warming;

    /// <summary>The ready answer for a search of one word, or null when there is none (yet).</summary>
    internal FrequentTermAnswer? Find(IDbConnection connection, string word)
    {
        var answers = CurrentGeneration().Answers;
        if (answers.IsEmpty)
        {
            return null;
        }

        var stems = Stem(connection, word);
        return stems.Count == 1 && answers.TryGetValue(stems[0], out var answer) ? answer : null;
    }

    /// <summary>The terms FTS5 makes of a word, by its own tokenizer: a one-row table in the connection's temp database.</summary>
    private static List<string> Stem(IDbConnection connection, string word)
    {
        connection.Execute($"""
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.stemmer USING fts5 (word, tokenize = '{CatalogSchema.FullTextTokenizer}');
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.stemmer_terms USING fts5vocab (temp, stemmer, instance);
            DELETE FROM temp.stemmer;
            INSERT INTO temp.stemmer (word) VALUES (@word);
            """, new { word });
        return connection.Query<string>("SELECT DISTINCT term FROM temp.stemmer_terms").AsList();
    }

    private Generation CurrentGeneration()
    {
        var version = database.Version;
        lock (_lock)
        {
            if (_current?.Version != version)
            {
                var answers = new ConcurrentDictionary<string, FrequentTermAnswer>(StringComparer.Ordinal);
                _current = new Generation(version, answers, Task.Run(() => WarmUp(version, answers)));
            }

            return _current;
        }
    }

    private FrequentTermsReport WarmUp(long version, ConcurrentDictionary<string, FrequentTermAnswer> answers)
    {
        var started = Stopwatch.GetTimestamp();
        using var connection = database.Open();
        connection.Execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.catalog_terms USING fts5vocab (main, papers_fts, row)");
        var papers = CatalogSize.Papers(connection);
        var minPapers = Math.Max(MinPapers, (long)Math.Ceiling(MinShare * papers));
        var terms = connection.Query<(string Term, long Papers)>(
            "SELECT term, doc FROM temp.catalog_terms WHERE doc >= @minPapers ORDER BY doc DESC, term", new { minPapers }).AsList();
        foreach (var (term, count) in terms)
        {
            if (database.Version != version)
            {
                break;
            }

            // The term is searched as itself, and FTS5 stems it again: the few terms that stem to another term ("propos"
            // becomes "propo", which no search for "proposed" asks for) are left to the search, as is any whose count
            // would not agree.
            if (Stem(connection, term) is not [var stem] || stem != term)
            {
                continue;
            }

            var answer = PaperSearch.AnswerInFull(connection, term);
            if (answer.RankedRowIds.Length == count)
            {
                answers[term] = answer;
            }
        }

        return new FrequentTermsReport(answers.Count, terms.Count, answers.Values.Sum(a => (long)a.RankedRowIds.Length), Stopwatch.GetElapsedTime(started));
    }

    private sealed record Generation(long Version, ConcurrentDictionary<string, FrequentTermAnswer> Answers, Task<FrequentTermsReport> Warming);
}

/// <summary>A word's search worked out in full: every matching paper's rowid, best first, and the filter counts.</summary>
internal sealed record FrequentTermAnswer(long[] RankedRowIds, SearchFacets Facets);

/// <summary>What a warm-up did: how many words got a ready answer (of how many were common enough), how many papers
/// their lists hold in all, and how long it took.</summary>
public sealed record FrequentTermsReport(int Words, int CommonWords, long ListedPapers, TimeSpan Elapsed);
