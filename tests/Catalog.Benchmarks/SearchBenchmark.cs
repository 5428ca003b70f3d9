using System.Diagnostics;
using Catalog.Data.Search;
using Catalog.Data.Store;
using Microsoft.Data.Sqlite;

namespace Catalog.Benchmarks;

/// <summary>One kind's figures for the store's search: the first search after the engine is built, and searches no one
/// made before (there is no result cache).</summary>
public sealed record SearchFigures(QueryKind Kind, long Total, double ColdMs, RoundLatencies Uncached);

/// <summary>The query mix's figures, ours and Lucene's from the same interleaved runs, and what opening the catalog
/// cost: the engine's build.</summary>
public sealed record SearchRun(List<SearchFigures> Figures, List<LuceneFigures> Lucene, TimeSpan EngineBuild, long EngineBytes, int Terms);

/// <summary>Runs the query mix through <see cref="PaperSearch.Search"/>, facets and snippets included, as the results page
/// calls it, on the catalog's engine (<see cref="SearchEngines"/>), built once when the catalog is opened, as in the app;
/// and the same mix on Lucene, interleaved with ours: each timed search of ours is followed by Lucene's (and the next
/// one by Lucene's first), so a change in the machine's load falls on both alike. Three rounds; each figure is the
/// median of the rounds' (<see cref="RoundLatencies"/>).</summary>
public static class SearchBenchmark
{
    public const int Rounds = 3;

    public static SearchRun Run(string db, LuceneCatalog lucene, IReadOnlyList<QueryKind> mix, BenchmarkOptions options)
    {
        SqliteConnection.ClearAllPools();
        var database = new CatalogDatabase(db);
        var engines = new SearchEngines(database);
        var engine = engines.WarmUpAsync().GetAwaiter().GetResult();
        // Pay the JIT on a search outside the mix, so that "cold" is the catalog's cold start, not the program's.
        new PaperSearch(database, engines).Search(new SearchRequest { Query = "neural network", Year = 2024 });
        lucene.Search(new QueryKind("jit", new() { Query = "neural network" }, "neural network", LuceneYear: 2024));
        Machine.SettleHeap();
        var ours = new List<SearchFigures>();
        var theirs = new List<LuceneFigures>();
        foreach (var kind in mix)
        {
            SqliteConnection.ClearAllPools();
            var started = Stopwatch.GetTimestamp();
            var result = new PaperSearch(database, engines).Search(kind.Request);
            var cold = Latencies.Since(started);
            lucene.Reopen();
            started = Stopwatch.GetTimestamp();
            var luceneTotal = lucene.Search(kind);
            var luceneCold = Latencies.Since(started);
            double Ours()
            {
                var at = Stopwatch.GetTimestamp();
                new PaperSearch(database, engines).Search(kind.Request);
                return Latencies.Since(at);
            }

            double Lucenes()
            {
                var at = Stopwatch.GetTimestamp();
                lucene.Search(kind);
                return Latencies.Since(at);
            }

            for (var i = 0; i < options.WarmUp; i++)
            {
                (_, _) = (Ours(), Lucenes());
            }

            var (mine, lucenes) = (new List<Latencies>(), new List<Latencies>());
            for (var round = 0; round < Rounds; round++)
            {
                var (a, b) = (new Latencies(), new Latencies());
                for (var i = 0; i < options.Iterations; i++)
                {
                    if (i % 2 == 0)
                    {
                        a.Add(Ours());
                        b.Add(Lucenes());
                    }
                    else
                    {
                        b.Add(Lucenes());
                        a.Add(Ours());
                    }
                }

                (mine, lucenes) = ([.. mine, a], [.. lucenes, b]);
            }

            ours.Add(new SearchFigures(kind, result.Total, cold, new RoundLatencies(mine)));
            theirs.Add(new LuceneFigures(kind, luceneTotal, luceneCold, new RoundLatencies(lucenes)));
        }

        return new SearchRun(ours, theirs, engine.BuildTime, engine.Bytes, engine.TermCount);
    }

    public static void Print(string corpus, SearchRun run)
    {
        Section.Title($"{corpus}: search (PaperSearch.Search on the engine, facets and snippets included), ms");
        var arxiv = corpus.Contains("arxiv", StringComparison.OrdinalIgnoreCase);
        var table = new Table("kind", "query", "filter", "hits", "cold", "p50", "p95", "p99", "max", "previous p50 (full corpus)");
        foreach (var f in run.Figures)
        {
            table.Row(f.Kind.Name, f.Kind.Request.Query, f.Kind.Filters, f.Total, f.ColdMs, f.Uncached.P50, f.Uncached.P95, f.Uncached.P99, f.Uncached.Max,
                PreviousDesign.P50(f.Kind.Name, arxiv));
        }

        table.Print();
        Section.Note(FormattableString.Invariant(
            $"engine: opened in this process in {run.EngineBuild.TotalSeconds:0.00} s (its own build or load time), {Table.Count(run.Terms)} terms, {Table.MiB(run.EngineBytes)} of arrays."));
        Section.Note("cold: the first search of each kind after the engine is built (new connection, empty SQLite page cache). previous p50: FTS5 with ready answers (README, commit da9c72a).");
        Section.Note(FormattableString.Invariant($"p50 ... max: the median of {Rounds} rounds' own percentiles, each round timed interleaved with Lucene's."));
        Console.WriteLine();
    }
}
