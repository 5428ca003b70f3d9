using System.Diagnostics;
using Catalog.Data.Search;
using Catalog.Data.Store;
using Microsoft.Data.Sqlite;

namespace Catalog.Benchmarks;

/// <summary>One kind's figures for the store's search: <paramref name="Full"/> without ready answers for common words,
/// <paramref name="Uncached"/> with them, <paramref name="Cached"/> a repeated search.</summary>
public sealed record SearchFigures(QueryKind Kind, long Total, double ColdMs, Latencies Full, Latencies Uncached, Latencies Cached, bool CachedAcrossInstances);

/// <summary>The query mix's figures and the warm-up that readied the common words' answers.</summary>
public sealed record SearchRun(List<SearchFigures> Figures, FrequentTermsReport WarmUp);

/// <summary>Runs the query mix through <see cref="PaperSearch.Search"/>, facets and snippets included, as the results page
/// calls it. PaperSearch keeps a result cache per instance, so the timed runs use a new instance each time (a search that
/// no one made before); the cached column repeats the search on one instance (a popular search). The ready answers for
/// common words (<see cref="FrequentTerms"/>) belong to the catalog, as in the app: they are worked out once, then
/// shared by every instance.</summary>
public static class SearchBenchmark
{
    public static SearchRun Run(string db, IReadOnlyList<QueryKind> mix, BenchmarkOptions options)
    {
        // Pay the JIT on a search outside the mix, so that "cold" is the catalog's cold start, not the program's.
        SqliteConnection.ClearAllPools();
        new PaperSearch(new CatalogDatabase(db)).Search(new SearchRequest { Query = "neural network", Year = 2024 });
        var cold = mix.Select(kind =>
        {
            SqliteConnection.ClearAllPools();
            var fresh = new PaperSearch(new CatalogDatabase(db));
            var started = Stopwatch.GetTimestamp();
            fresh.Search(kind.Request);
            return Latencies.Since(started);
        }).ToList();

        var database = new CatalogDatabase(db);
        var full = mix.Select(kind => Repeat(options.Iterations / 10, () => new PaperSearch(database).Search(kind.Request))).ToList();
        var frequentTerms = new FrequentTerms(database);
        var warmUp = frequentTerms.WarmUpAsync().GetAwaiter().GetResult();
        var figures = new List<SearchFigures>();
        for (var k = 0; k < mix.Count; k++)
        {
            var request = mix[k].Request;
            var uncached = new Latencies();
            SearchResult? previous = null;
            var sameObject = false;
            for (var i = 0; i < options.WarmUp + options.Iterations; i++)
            {
                var search = new PaperSearch(database, frequentTerms);
                var started = Stopwatch.GetTimestamp();
                var result = search.Search(request);
                var ms = Latencies.Since(started);
                sameObject |= ReferenceEquals(result, previous);
                previous = result;
                if (i >= options.WarmUp)
                {
                    uncached.Add(ms);
                }
            }

            var shared = new PaperSearch(database, frequentTerms);
            var cached = new Latencies();
            for (var i = 0; i < options.WarmUp + options.Iterations; i++)
            {
                var started = Stopwatch.GetTimestamp();
                shared.Search(request);
                if (i >= options.WarmUp)
                {
                    cached.Add(Latencies.Since(started));
                }
            }

            figures.Add(new SearchFigures(mix[k], previous!.Total, cold[k], full[k], uncached, cached, sameObject));
        }

        return new SearchRun(figures, warmUp);
    }

    public static void Print(string corpus, SearchRun run)
    {
        var figures = run.Figures;
        Section.Title($"{corpus}: search (PaperSearch.Search, facets included), ms");
        var table = new Table("kind", "query", "filter", "hits", "cold", "full p50", "p50", "p95", "p99", "max", "cached p50");
        foreach (var f in figures)
        {
            table.Row(f.Kind.Name, f.Kind.Request.Query, f.Kind.Filters, f.Total, f.ColdMs, f.Full.P50, f.Uncached.P50, f.Uncached.P95, f.Uncached.P99, f.Uncached.Max, f.Cached.P50);
        }

        table.Print();
        var warmUp = run.WarmUp;
        Section.Note(FormattableString.Invariant(
            $"ready answers: {warmUp.Words} of {warmUp.CommonWords} words in at least {FrequentTerms.MinShare:P0} of the papers, {warmUp.ListedPapers:N0} ranked papers in all, worked out in {warmUp.Elapsed.TotalSeconds:0.0} s (in the background, once per catalog version)."));
        Section.Note("cold: the first search after opening the catalog, before any ready answer (new connection, empty SQLite page cache; the OS file cache is warm).");
        Section.Note("full p50: a new PaperSearch without ready answers, as a search runs while they are worked out.");
        Section.Note("p50-max: each run on a new PaperSearch sharing the ready answers, so its result cache never answers. cached p50: the same search repeated on one instance.");
        if (figures.Any(f => f.CachedAcrossInstances))
        {
            Section.Note("WARNING: new PaperSearch instances returned the very same result object: a cache outside the instance answered, "
                + "so p50-max of " + string.Join(", ", figures.Where(f => f.CachedAcrossInstances).Select(f => f.Kind.Name)) + " are cache hits.");
        }

        Console.WriteLine();
    }

    private static Latencies Repeat(int runs, Action search)
    {
        var latencies = new Latencies();
        for (var i = 0; i < Math.Max(3, runs); i++)
        {
            var started = Stopwatch.GetTimestamp();
            search();
            latencies.Add(Latencies.Since(started));
        }

        return latencies;
    }
}
