using System.Globalization;
using Catalog.Data.Queries;
using Catalog.Data.Search.Semantic;
using Catalog.Data.Store;

namespace Catalog.Benchmarks.Relevance;

/// <summary>SciFact's abstracts embedded once and kept across benchmark runs. Vectors are filed by the hash of model and
/// text, not by catalog, so the catalog each run builds in its temp folder finds them in <see cref="StorePath"/>
/// (<c>~/.cache/catalog-benchmarks/scifact.embeddings.db</c>, or in <c>$CATALOG_BENCHMARK_CACHE</c>): the first run
/// embeds the 5,183 abstracts (minutes on every core), the next ones read them in a second.</summary>
public static class SciFactEmbeddings
{
    public static string StorePath
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("CATALOG_BENCHMARK_CACHE") is { Length: > 0 } set
                ? set
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "catalog-benchmarks");
            Directory.CreateDirectory(folder);
            return Path.Combine(folder, "scifact.embeddings.db");
        }
    }

    /// <summary>The persistent store; its problems are printed as progress.</summary>
    public static EmbeddingStore Store() => new(StorePath, Section.Progress);

    /// <summary>The vectors of every paper of <paramref name="catalog"/>, embedding only those the cache lacks.</summary>
    public static EmbeddingRun Vectors(CatalogDatabase catalog, ITextEmbedder embedder)
    {
        using var index = new SemanticIndex(catalog, embedder, Store()) { PruneStale = false };
        var logged = 0;
        var progress = new Progress<SemanticStatus>(status =>
        {
            if (status.Done / 500 > logged)
            {
                logged = status.Done / 500;
                Section.Progress($"SciFact embeddings: {status}");
            }
        });
        return index.EmbedMissingAsync(progress).GetAwaiter().GetResult()!;
    }

    /// <summary>Each paper's SciFact id by its rowid, to read a <see cref="PaperVectors.Nearest(ReadOnlySpan{float}, int, Func{long, bool})"/> answer.</summary>
    public static IReadOnlyDictionary<long, string> CollectionIds(CatalogDatabase catalog)
    {
        using var connection = catalog.Open();
        var rowIds = PaperQueries.Texts(connection).Select(p => p.RowId).ToList();
        return PaperQueries.SummariesByRowId(connection, rowIds).ToDictionary(p => p.Key, p => p.Value.Id[SciFactCatalog.IdPrefix.Length..]);
    }

    /// <summary><c>--only scifact-embeddings</c>: builds the SciFact catalog as the relevance section does and fills
    /// the cache.</summary>
    public static void Fill(BenchmarkOptions options, string temp)
    {
        Section.Progress("scifact-embeddings: SciFact records -> seeds -> catalog");
        var collection = SciFact.Read(SciFact.Folder(options));
        var catalog = SciFactCatalog.Build(collection, Path.Combine(temp, "scifact"));
        using var embedder = new MiniLmEmbedder();
        var run = Vectors(catalog.Database, embedder);
        Section.Progress("scifact-embeddings: the training claims by meaning alone");
        var ids = CollectionIds(catalog.Database);
        var dense = RelevanceFigures.Measure(collection.Claims, collection.Relevant,
            claim => [.. run.Vectors.Nearest(embedder.Embed([claim])[0], 100).Select(m => ids[m.RowId])]);
        Section.Title("SciFact embeddings");
        Section.Note(string.Create(CultureInfo.InvariantCulture,
            $"{run.Papers:N0} abstracts: {run.Embedded:N0} embedded, {run.Kept:N0} kept from before, in {run.Elapsed.TotalSeconds:0.0} s; cache {StorePath}"));
        Section.Note(string.Create(CultureInfo.InvariantCulture,
            $"meaning alone (int8 exact scan), {dense.Claims} training claims: nDCG@10 {dense.Ndcg10:0.000}, recall@100 {dense.Recall100:0.000}"));
    }
}
