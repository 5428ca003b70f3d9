using System.Text.Json;
using Dapper;
using Catalog.Data.Search;
using Catalog.Data.Store;

namespace Catalog.Benchmarks.Relevance;

/// <summary>The collection as a user would make a catalog of it: its abstracts as paper records, through the app's own
/// <c>seeds-from-records</c> and import, searched through <see cref="PaperSearch"/> as the results pages and the API
/// search. The abstracts have no authors, so each record names one, the same for all ("S2ORC", where they come
/// from), which no claim asks for.</summary>
public sealed class SciFactCatalog
{
    public const string IdPrefix = "sf-";
    private const string Author = "S2ORC";

    private Dictionary<long, string>? _ids;

    private SciFactCatalog(CatalogDatabase database, string records) => (Database, Records) = (database, records);

    public CatalogDatabase Database { get; }

    /// <summary>The records file the catalog was made from, for Lucene to index the same texts.</summary>
    public string Records { get; }

    public static SciFactCatalog Build(SciFact collection, string folder)
    {
        Directory.CreateDirectory(folder);
        var records = Path.Combine(folder, "scifact.jsonl");
        using (var writer = new StreamWriter(records))
        {
            foreach (var document in collection.Documents)
            {
                writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["id"] = IdPrefix + document.Id,
                    ["title"] = document.Title,
                    ["authors"] = new[] { Author },
                    ["abstract"] = document.Text,
                }));
            }
        }

        var seeds = Path.Combine(folder, "seeds");
        var db = Path.Combine(folder, "scifact.db");
        CorpusSeeds.Convert(records, seeds);
        var import = ImportBenchmark.Run(seeds, db);
        if (!import.Succeeded)
        {
            throw new InvalidOperationException($"importing SciFact failed: {string.Join("; ", import.FirstErrors)}");
        }

        return new SciFactCatalog(new CatalogDatabase(db), records);
    }

    /// <summary>The collection id of the paper with a rowid: what the meaning's nearest papers are measured as.</summary>
    public string IdOf(long rowId)
    {
        if (_ids is null)
        {
            using var connection = Database.Open();
            _ids = connection.Query<(long RowId, string Id)>("SELECT rowid, id FROM papers").ToDictionary(p => p.RowId, p => p.Id[IdPrefix.Length..]);
        }

        return _ids[rowId];
    }

    /// <summary>The first 100 abstracts a search finds for the claim, best first, as collection ids.</summary>
    public static IReadOnlyList<string> Search(PaperSearch search, string claim, bool allWords) =>
        [.. search.Search(new SearchRequest { Query = claim, AllWords = allWords, Size = SearchRequest.MaxPageSize })
            .Hits.Select(h => h.Paper.Id[IdPrefix.Length..])];
}
