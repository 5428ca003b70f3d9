namespace Catalog.Benchmarks;

/// <summary>One kind's figures on Lucene, beside the store's.</summary>
public sealed record LuceneFigures(QueryKind Kind, long Total, double ColdMs, RoundLatencies Latencies);

/// <summary>The same mix on Lucene, timed interleaved with ours (<see cref="SearchBenchmark.Run"/>): the table beside
/// ours, and the ratios.</summary>
public static class LuceneBenchmark
{
    public static void Print(string corpus, LuceneCatalog lucene, List<SearchFigures> ours, List<LuceneFigures> theirs)
    {
        var arxiv = corpus.Contains("arxiv", StringComparison.OrdinalIgnoreCase);
        Section.Title($"{corpus}: the engine against Lucene.Net 4.8 (same records and queries, same run), ms");
        Section.Note(FormattableString.Invariant(
            $"Lucene index: {Table.Count(lucene.Documents)} documents, built in {lucene.BuildTime.TotalSeconds:0.0} s (EnglishAnalyzer, BM25, ForceMerge(1), temp folder)."));
        Section.Note("Lucene does top 20 + total count + stored id and title; PaperSearch also counts facets and makes snippets, as the page needs.");
        Console.WriteLine();
        var table = new Table("kind", "hits ours", "hits Lucene", "cold ours", "cold Lucene", "p50 ours", "p50 Lucene", "p99 ours", "p99 Lucene",
            "p50 ratio", "p99 ratio", "previous p50 ratio");
        foreach (var (mine, lucenes) in ours.Zip(theirs))
        {
            var ratios = Ratios(mine, lucenes);
            table.Row(mine.Kind.Name, mine.Total, lucenes.Total, mine.ColdMs, lucenes.ColdMs, mine.Uncached.P50, lucenes.Latencies.P50,
                mine.Uncached.P99, lucenes.Latencies.P99, Table.Ratio(ratios.P50), Table.Ratio(ratios.P99), Table.Ratio(PreviousDesign.LuceneRatio(mine.Kind.Name, arxiv)));
        }

        table.Row("geometric mean", "", "", "", "", "", "", "", "", Table.Ratio(GeometricMeanP50(ours, theirs)), "",
            Table.Ratio(GeometricMean(ours.Select(o => PreviousDesign.LuceneRatio(o.Kind.Name, arxiv)).Where(r => !double.IsNaN(r)))));
        table.Print();
        Section.Note(arxiv
            ? "ratio: ours / Lucene's. previous: FTS5 with ready answers, from issue 11's text (another run); its geometric mean is over the kinds it gives."
            : "ratio: ours / Lucene's. previous: FTS5 with ready answers, from the README's table at commit da9c72a (another run).");
        Console.WriteLine();
    }

    public static (double P50, double P99) Ratios(SearchFigures ours, LuceneFigures theirs) =>
        (ours.Uncached.P50 / theirs.Latencies.P50, ours.Uncached.P99 / theirs.Latencies.P99);

    /// <summary>The geometric mean of the p50 ratios over the whole mix.</summary>
    public static double GeometricMeanP50(List<SearchFigures> ours, List<LuceneFigures> theirs) =>
        GeometricMean(ours.Zip(theirs, (o, t) => Ratios(o, t).P50));

    private static double GeometricMean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? double.NaN : Math.Exp(list.Average(Math.Log));
    }
}
