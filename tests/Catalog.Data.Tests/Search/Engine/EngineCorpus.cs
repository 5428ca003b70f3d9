using System.Text.Json;
using System.Text.RegularExpressions;
using Catalog.Data.Search.Engine;
using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Build;
using Catalog.Data.Search.Engine.Query;
using Catalog.Data.Tests.Records;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Tests.Search.Engine;

/// <summary>The same papers in the engine and in an FTS5 table with the catalog's tokenizer and bm25 weights, the
/// reference the engine is held to. The papers are the committed real samples (titles, authors and abstracts as
/// recorded) and generated papers of odd Unicode, diacritics and English suffixes.</summary>
public sealed partial class EngineCorpus : IDisposable
{
    private readonly SqliteConnection _fts;

    public EngineCorpus()
    {
        Documents = [.. Real().Concat(Generated()).Select((d, i) => d with { RowId = 10 + (3 * i) })];
        Engine = SearchEngine.Build(Documents, Orders(Documents));
        _fts = new SqliteConnection("Data Source=:memory:");
        _fts.Open();
        Execute("CREATE VIRTUAL TABLE papers_fts USING fts5 (title, authors, abstract, tokenize = 'porter unicode61 remove_diacritics 2')");
        using var transaction = _fts.BeginTransaction();
        foreach (var d in Documents)
        {
            using var insert = _fts.CreateCommand();
            insert.CommandText = "INSERT INTO papers_fts (rowid, title, authors, abstract) VALUES ($r, $t, $a, $b)";
            insert.Parameters.AddWithValue("$r", d.RowId);
            insert.Parameters.AddWithValue("$t", d.Title);
            insert.Parameters.AddWithValue("$a", d.Authors);
            insert.Parameters.AddWithValue("$b", d.Abstract);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        Execute("CREATE VIRTUAL TABLE papers_terms USING fts5vocab (papers_fts, row)");
        Words = [.. Strings("SELECT term FROM papers_terms ORDER BY term")];
        Compounds = [.. Documents.SelectMany(d => (string[])[d.Title, d.Authors, d.Abstract])
            .SelectMany(text => HyphenPair().Matches(text)).Select(m => (m.Groups[1].Value, m.Groups[2].Value))
            .Where(c => !(c.Item1.All(char.IsAsciiDigit) && c.Item2.All(char.IsAsciiDigit)) && new Tokenizer().Terms(c.Item1 + c.Item2).Count == 1).Distinct()];
    }

    public IReadOnlyList<EngineDocument> Documents { get; }

    public SearchEngine Engine { get; }

    /// <summary>Every term of the FTS5 index (stemmed, as FTS5 keeps them).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The words the papers print with one hyphen between them ("fine-tuning" as ("fine", "tuning"); not
    /// two numbers, "1-2"),
    /// found by a pattern rather than the tokenizer, to hold the engine's own record of them to.</summary>
    public IReadOnlyList<(string Left, string Right)> Compounds { get; }

    /// <summary>The query with the forms the engine gives its terms (<see cref="QueryExpansion"/>).</summary>
    public ParsedQuery Expanded(ParsedQuery query) => QueryExpansion.Expand(Engine.Index, query, new Tokenizer());

    /// <summary>The papers FTS5 matches, best first by bm25(10, 4, 1), ties by rowid.</summary>
    public List<long> Fts5Ranked(ParsedQuery query) => Fts5Ranked(query.MatchExpression);

    /// <summary>The papers FTS5 matches for an expression, best first by bm25(10, 4, 1), ties by rowid.</summary>
    public List<long> Fts5Ranked(string? expression)
    {
        using var command = _fts.CreateCommand();
        command.CommandText = "SELECT rowid FROM papers_fts WHERE papers_fts MATCH $q ORDER BY bm25(papers_fts, 10.0, 4.0, 1.0), rowid";
        command.Parameters.AddWithValue("$q", expression);
        using var reader = command.ExecuteReader();
        var rowIds = new List<long>();
        while (reader.Read())
        {
            rowIds.Add(reader.GetInt64(0));
        }

        return rowIds;
    }

    /// <summary>FTS5's bm25(10, 4, 1) of one paper for an expression, as a score (higher is better), or null when the
    /// paper does not match.</summary>
    public double? Fts5Score(string expression, long rowId)
    {
        using var command = _fts.CreateCommand();
        command.CommandText = "SELECT -bm25(papers_fts, 10.0, 4.0, 1.0) FROM papers_fts WHERE papers_fts MATCH $q AND rowid = $r";
        command.Parameters.AddWithValue("$q", expression);
        command.Parameters.AddWithValue("$r", rowId);
        return command.ExecuteScalar() is double score ? score : null;
    }

    /// <summary>The papers the engine matches, best first, all of them.</summary>
    public List<long> EngineRanked(ParsedQuery query) =>
        [.. Engine.Search(new EngineQuery { Query = query, Take = Documents.Count }).RowIds];

    /// <summary>What the engine must answer, worked out without it: FTS5's ranked papers for the query's text terms with
    /// the forms they stand for, kept when their year and venue pass the query's year and venue terms, read from the
    /// papers' own values; with no text term, every paper newest first (the engine's order when nothing ranks). Null for
    /// a group with both (<c>word OR year:2023</c>), which FTS5 cannot say.</summary>
    public List<long>? Expected(ParsedQuery query)
    {
        if (query.Required.Any(g => g.Any(t => t.IsFilter) && !g.All(t => t.IsFilter)))
        {
            return null;
        }

        var expanded = Expanded(query);
        var byRow = Documents.ToDictionary(d => d.RowId);
        var ranked = expanded.MatchExpression is { } expression ? Fts5Ranked(expression)
            : [.. Documents.Select(d => d.RowId).Reverse().Where(r => expanded.ExcludedExpression is not { } excluded || !Fts5Ranked(excluded).Contains(r))];
        var filterGroups = query.Required.Where(g => g.All(t => t.IsFilter)).ToList();
        return [.. ranked.Where(r => filterGroups.All(g => g.Any(t => Passes(byRow[r], t)))
            && !query.Excluded.Any(t => t.IsFilter && Passes(byRow[r], t)))];
    }

    private static bool Passes(EngineDocument document, QueryTerm term)
    {
        if (term.Field == QueryField.Year)
        {
            return document.Year is { } year && year >= term.Years.First && year <= term.Years.Last;
        }

        var tokenizer = new Tokenizer();
        var (venue, words) = (tokenizer.Terms(document.Venue ?? ""), tokenizer.Terms(term.Text));
        return words.Count > 0 && Enumerable.Range(0, Math.Max(0, venue.Count - words.Count + 1)).Any(i => venue.Skip(i).Take(words.Count).SequenceEqual(words));
    }

    public void Dispose() => _fts.Dispose();

    [GeneratedRegex(@"(?<![\p{L}\p{N}\p{M}\p{Co}\p{Cs}])(?=([\p{L}\p{N}]+)-([\p{L}\p{N}]+)(?![\p{L}\p{N}\p{M}\p{Co}\p{Cs}]))")]
    private static partial Regex HyphenPair();

    private void Execute(string sql)
    {
        using var command = _fts.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private List<string> Strings(string sql)
    {
        using var command = _fts.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }

    internal static EngineSortOrders Orders(IReadOnlyList<EngineDocument> documents)
    {
        var rowIds = documents.Select(d => d.RowId).ToList();
        return new EngineSortOrders([.. Enumerable.Reverse(rowIds)], rowIds, [.. documents.OrderBy(d => d.Title, StringComparer.Ordinal).Select(d => d.RowId)]);
    }

    private static IEnumerable<EngineDocument> Real()
    {
        var people = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var file in (string[])["arxiv-sample.jsonl", "acl-sample.jsonl"])
        {
            foreach (var line in File.ReadLines(RecordsWorkspace.Sample(file)))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var authors = root.GetProperty("authors").EnumerateArray().Select(a => a.GetString() ?? "").ToList();
                var ids = authors.Select(a => people.TryGetValue(a, out var id) ? id : people[a] = people.Count + 1).Distinct().ToList();
                var year = root.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : (int?)null;
                var venue = root.TryGetProperty("venue", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var categories = root.TryGetProperty("categories", out var c) && c.ValueKind == JsonValueKind.Array
                    ? c.EnumerateArray().Select(s => s.GetString() ?? "").ToList() : [];
                yield return new EngineDocument(0, Text(root, "title"), string.Join(", ", authors), Text(root, "abstract"), year, venue, ids, categories);
            }
        }
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    /// <summary>Papers of generated text: fixed seeds, so every run sees the same corpus.</summary>
    private static IEnumerable<EngineDocument> Generated()
    {
        var random = new Random(11);
        for (var i = 0; i < 120; i++)
        {
            yield return new EngineDocument(0, OddText.Sentence(random, 6), OddText.Sentence(random, 3), OddText.Sentence(random, 10 + random.Next(60)),
                2000 + random.Next(5), random.Next(3) == 0 ? null : $"Venue {random.Next(4)}", [1000 + random.Next(8), 1010 + random.Next(3)], []);
        }
    }
}
