using System.IO.Compression;
using System.Text.Json;

namespace Catalog.Benchmarks.Relevance;

/// <summary>SciFact in BEIR's layout (<c>../shared/corpus/ir/scifact</c>): the abstracts, the training claims and their
/// judgments. The test claims are not in the folder: they are kept for an independent check.</summary>
public sealed record SciFact(
    IReadOnlyList<SciFactDocument> Documents,
    IReadOnlyList<SciFactClaim> Claims,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Relevant)
{
    public static string Folder(BenchmarkOptions options) => Path.Combine(options.Corpus, "ir", "scifact");

    public static SciFact Read(string folder)
    {
        var documents = new List<SciFactDocument>();
        using (var gzip = new GZipStream(File.OpenRead(Path.Combine(folder, "corpus.jsonl.gz")), CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip))
        {
            while (reader.ReadLine() is { } line)
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                documents.Add(new SciFactDocument(root.GetProperty("_id").GetString()!, root.GetProperty("title").GetString()!, root.GetProperty("text").GetString()!));
            }
        }

        var relevant = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(folder, "qrels", "train.tsv")).Skip(1))
        {
            var parts = line.Split('\t');
            if (parts.Length == 3 && parts[2].Trim() != "0")
            {
                (relevant.TryGetValue(parts[0], out var set) ? set : relevant[parts[0]] = new HashSet<string>(StringComparer.Ordinal)).Add(parts[1]);
            }
        }

        var claims = File.ReadLines(Path.Combine(folder, "queries.jsonl")).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return new SciFactClaim(json.RootElement.GetProperty("_id").GetString()!, json.RootElement.GetProperty("text").GetString()!);
        }).Where(c => relevant.ContainsKey(c.Id)).ToList();
        return new SciFact(documents, claims, relevant.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal));
    }

    /// <summary>The claims split into five folds by their place in the file: fold k holds every fifth claim from k.</summary>
    public IReadOnlyList<SciFactClaim> Fold(int fold) => [.. Claims.Where((_, i) => i % Folds == fold)];

    /// <summary>The claims of every fold but one: what a held-out fold's settings are chosen on.</summary>
    public IReadOnlyList<SciFactClaim> AllBut(int fold) => [.. Claims.Where((_, i) => i % Folds != fold)];

    public const int Folds = 5;
}
