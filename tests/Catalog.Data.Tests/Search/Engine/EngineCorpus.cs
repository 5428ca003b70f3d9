using System.Text.Json;
using Catalog.Data.Search;
using Catalog.Data.Search.Engine;
using Catalog.Data.Tests.Records;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Tests.Search.Engine;

/// <summary>The same papers in the engine and in an FTS5 table with the catalog's tokenizer and bm25 weights, the
/// reference the engine is held to. The papers are the committed real samples (titles, authors and abstracts as
/// recorded) and generated papers of odd Unicode, diacritics and English suffixes.</summary>
public sealed class EngineCorpus : IDisposable
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
    }

    public IReadOnlyList<EngineDocument> Documents { get; }

    public SearchEngine Engine { get; }

    /// <summary>Every term of the FTS5 index (stemmed, as FTS5 keeps them).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The papers FTS5 matches, best first by bm25(10, 4, 1), ties by rowid.</summary>
    public List<long> Fts5Ranked(ParsedQuery query)
    {
        using var command = _fts.CreateCommand();
        command.CommandText = "SELECT rowid FROM papers_fts WHERE papers_fts MATCH $q ORDER BY bm25(papers_fts, 10.0, 4.0, 1.0), rowid";
        command.Parameters.AddWithValue("$q", query.MatchExpression);
        using var reader = command.ExecuteReader();
        var rowIds = new List<long>();
        while (reader.Read())
        {
            rowIds.Add(reader.GetInt64(0));
        }

        return rowIds;
    }

    /// <summary>The papers the engine matches, best first, all of them.</summary>
    public List<long> EngineRanked(ParsedQuery query) =>
        [.. Engine.Search(new EngineQuery { Query = query, Take = Documents.Count }).RowIds];

    public void Dispose() => _fts.Dispose();

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
