using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Catalog.Data.Search.Semantic;

namespace Catalog.Benchmarks;

/// <summary>What meaning costs (issue 18): the process's memory with 86k papers' int8 vectors, an exact scan of them, a
/// query's embedding, and the CPU time of embedding real arXiv abstracts (the first of arxiv-1k.jsonl), on every core as
/// the import does and on one as the app does in the background. The 86k vectors are random (their cost does not
/// depend on what they hold).</summary>
public static class SemanticBenchmark
{
    private const int Papers = 86_000;
    private const int Dimensions = 384;

    public static void Run(BenchmarkOptions options, string temp, Targets targets)
    {
        var table = new Table("measure", "value");
        if (!options.Quick)
        {
            Bookkeeping(options, temp, table);
        }

        Section.Progress($"semantic: {Papers:N0} random int8 vectors");
        var before = Rss();
        var vectors = RandomVectors();
        GC.Collect();
        var after = Rss();
        table.Row($"process RSS with {Papers:N0} vectors (before: {Table.MiB(before)})", Table.MiB(after));
        table.Row("the vectors' own size", Table.MiB(vectors.Bytes));
        var scan = Median(options.Quick ? 10 : 50, () => vectors.Nearest(Query(7), 20));
        table.Row($"Nearest, top 20 of {Papers:N0} (exact scan)", Table.Ms(scan));
        var filtered = Median(options.Quick ? 10 : 50, () => vectors.Nearest(Query(8), 20, rowId => rowId % 3 == 0));
        table.Row("Nearest with a filter letting a third through", Table.Ms(filtered));

        var abstracts = Abstracts(Path.Combine(options.Corpus, "arxiv-1k.jsonl"), options.Quick ? 48 : 320);
        Section.Progress($"semantic: embedding {abstracts.Count} arXiv abstracts on every core");
        using (var all = new MiniLmEmbedder())
        {
            var load = Stopwatch.StartNew();
            all.Embed(["warm up"]);
            table.Row("model load", Table.Ms(load.Elapsed.TotalMilliseconds));
            var (wall, cpu) = Timed(() => Embed(all, abstracts));
            var per = cpu / abstracts.Count;
            table.Row($"CPU-seconds per abstract, {Environment.ProcessorCount} threads", per.ToString("0.000", CultureInfo.InvariantCulture));
            table.Row("wall time per 1,000 abstracts, every core", $"{wall / abstracts.Count * 1000:0} s");
            table.Row($"wall time for {Papers:N0} abstracts, every core (extrapolated)", $"{wall / abstracts.Count * Papers / 3600:0.0} h");
            targets.Check("embedding CPU-seconds per abstract <= 0.2", per.ToString("0.000", CultureInfo.InvariantCulture), per <= 0.2);
        }

        var some = abstracts.Take(abstracts.Count / 4).ToList();
        Section.Progress($"semantic: embedding {some.Count} abstracts on one thread (the app's background work)");
        using (var one = new MiniLmEmbedder(threads: 1))
        {
            one.Embed(["warm up"]);
            var (wall, cpu) = Timed(() => Embed(one, some));
            table.Row("CPU-seconds per abstract, 1 thread", (cpu / some.Count).ToString("0.000", CultureInfo.InvariantCulture));
            table.Row($"wall time for {Papers:N0} abstracts, 1 thread (extrapolated)", $"{wall / some.Count * Papers / 3600:0.0} h");
            var queries = new[] { "vision transformers at scale", "instruction tuning of language models", "early stopping criterion for training", "neural architecture search collapse" };
            var query = Median(options.Quick ? 10 : 40, () => one.Embed([queries[Random.Shared.Next(queries.Length)]]));
            table.Row("a query's embedding, 1 thread", Table.Ms(query));
            targets.Check("a query's embedding <= 50 ms", Table.Ms(query), query <= 50);
        }

        Section.Title("Semantic: sentence embeddings (all-MiniLM-L6-v2, int8 vectors, exact scan)");
        table.Print();
        Section.Note($"Random vectors stand in for {Papers:N0} papers' (a scan's cost does not depend on them); the abstracts are arxiv-1k.jsonl's first.");
        targets.Check($"{Papers:N0} papers' vectors < 40 MiB", Table.MiB(vectors.Bytes), vectors.Bytes < 40L << 20);
        targets.Check($"an exact scan of {Papers:N0} vectors <= 10 ms", Table.Ms(scan), scan <= 10);
    }

    /// <summary>The arXiv corpus imported, its papers "embedded" by <see cref="RandomEmbedder"/> into a store beside
    /// the catalog, then opened again as the app does after a restart or a re-import: every vector kept.</summary>
    private static void Bookkeeping(BenchmarkOptions options, string temp, Table table)
    {
        Section.Progress("semantic: arXiv records -> seeds -> catalog");
        var seeds = Path.Combine(temp, "semantic-seeds");
        var db = Path.Combine(temp, "semantic.db");
        CorpusSeeds.Convert(options.ArxivFile, seeds);
        ImportBenchmark.Run(seeds, db);
        var database = new Catalog.Data.Store.CatalogDatabase(db);
        var embedder = new RandomEmbedder();
        Section.Progress("semantic: storing a (random) vector for each paper");
        EmbeddingRun first;
        using (var index = new SemanticIndex(database, embedder))
        {
            first = index.EmbedMissingAsync().GetAwaiter().GetResult()!;
        }

        table.Row($"{first.Papers:N0} papers: keys, batches of {SemanticIndex.DefaultBatchSize} stored (random vectors, no model)", Table.Ms(first.Elapsed.TotalMilliseconds));
        var before = Rss();
        using (var index = new SemanticIndex(database, embedder))
        {
            var again = index.EmbedMissingAsync().GetAwaiter().GetResult()!;
            table.Row($"{again.Papers:N0} papers, every vector kept: keys, store read, vectors loaded", Table.Ms(again.Elapsed.TotalMilliseconds));
            GC.Collect();
            table.Row("process RSS after that (before it)", $"{Table.MiB(Rss())} ({Table.MiB(before)})");
            table.Row("the embeddings file", Table.MiB(new FileInfo(EmbeddingStore.PathBeside(db)).Length));
        }
    }

    private static void Embed(MiniLmEmbedder embedder, List<string> texts)
    {
        for (var start = 0; start < texts.Count; start += SemanticIndex.DefaultBatchSize)
        {
            embedder.Embed([.. texts.Skip(start).Take(SemanticIndex.DefaultBatchSize)]);
        }
    }

    private static List<string> Abstracts(string records, int count)
    {
        var texts = new List<string>(count);
        foreach (var line in File.ReadLines(records).Take(count))
        {
            using var record = JsonDocument.Parse(line);
            texts.Add(PaperEmbeddingText.Of(record.RootElement.GetProperty("title").GetString() ?? "", record.RootElement.GetProperty("abstract").GetString() ?? ""));
        }

        return texts;
    }

    private static PaperVectors RandomVectors()
    {
        var random = new Random(86);
        var bytes = new byte[Dimensions];
        return PaperVectors.Create(Dimensions, Enumerable.Range(1, Papers).Select(i =>
        {
            random.NextBytes(bytes);
            return ((long)i, QuantizedVector.FromBytes(bytes, 0.01f));
        }), Papers);
    }

    private static float[] Query(int seed)
    {
        var random = new Random(seed);
        var query = new float[Dimensions];
        for (var i = 0; i < query.Length; i++)
        {
            query[i] = (float)(random.NextDouble() - 0.5);
        }

        return query;
    }

    private static (double WallSeconds, double CpuSeconds) Timed(Action work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        work();
        process.Refresh();
        return (clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static double Median(int runs, Action work)
    {
        work();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            work();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times[runs / 2];
    }

    private static long Rss()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
