using System.Diagnostics;

namespace Catalog.Benchmarks;

/// <summary>One kind's figures on Lucene, beside the store's.</summary>
public sealed record LuceneFigures(QueryKind Kind, long Total, double ColdMs, Latencies Latencies);

/// <summary>The same mix on Lucene, timed the same way: a cold first search after opening, a warm-up, then timed runs.</summary>
public static class LuceneBenchmark
{
    public static List<LuceneFigures> Run(LuceneCatalog lucene, IReadOnlyList<QueryKind> mix, BenchmarkOptions options)
    {
        lucene.Search(new QueryKind("jit", new() { Query = "neural network" }, "neural network", LuceneYear: 2024));
        var figures = new List<LuceneFigures>();
        foreach (var kind in mix)
        {
            lucene.Reopen();
            var started = Stopwatch.GetTimestamp();
            var total = lucene.Search(kind);
            var cold = Latencies.Since(started);
            var latencies = new Latencies();
            for (var i = 0; i < options.WarmUp + options.Iterations; i++)
            {
                started = Stopwatch.GetTimestamp();
                lucene.Search(kind);
                if (i >= options.WarmUp)
                {
                    latencies.Add(Latencies.Since(started));
                }
            }

            figures.Add(new LuceneFigures(kind, total, cold, latencies));
        }

        return figures;
    }

    public static void Print(string corpus, LuceneCatalog lucene, List<SearchFigures> ours, List<LuceneFigures> theirs)
    {
        Section.Title($"{corpus}: the store against Lucene.Net 4.8 (same records and queries), ms");
        Section.Note(FormattableString.Invariant(
            $"Lucene index: {Table.Count(lucene.Documents)} documents, built in {lucene.BuildTime.TotalSeconds:0.0} s (EnglishAnalyzer, BM25, ForceMerge(1), temp folder)."));
        Section.Note("Lucene does top 20 + total count + stored id and title; the store also counts facets and makes snippets, as the page needs.");
        Console.WriteLine();
        var table = new Table("kind", "hits ours", "hits Lucene", "cold ours", "cold Lucene", "p50 ours", "p50 Lucene", "p99 ours", "p99 Lucene", "ours/Lucene p50", "ours/Lucene p99");
        foreach (var (mine, lucenes) in ours.Zip(theirs))
        {
            table.Row(mine.Kind.Name, mine.Total, lucenes.Total, mine.ColdMs, lucenes.ColdMs, mine.Uncached.P50, lucenes.Latencies.P50,
                mine.Uncached.P99, lucenes.Latencies.P99, Table.Ratio(mine.Uncached.P50 / lucenes.Latencies.P50), Table.Ratio(mine.Uncached.P99 / lucenes.Latencies.P99));
        }

        table.Print();
    }
}
