using System.Diagnostics;
using Catalog.Data.Search;
using Catalog.Data.Store;
using Microsoft.Data.Sqlite;

namespace Catalog.Benchmarks;

/// <summary>One kind's figures for the store's search.</summary>
public sealed record SearchFigures(QueryKind Kind, long Total, double ColdMs, Latencies Uncached, Latencies Cached, bool CachedAcrossInstances);

/// <summary>Runs the query mix through <see cref="PaperSearch.Search"/>, facets and snippets included, as the results page
/// calls it. PaperSearch keeps a result cache per instance, so the timed runs use a new instance each time (a search that
/// no one made before); the cached column repeats the search on one instance (a popular search).</summary>
public static class SearchBenchmark
{
    public static List<SearchFigures> Run(string db, IReadOnlyList<QueryKind> mix, BenchmarkOptions options)
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
        var figures = new List<SearchFigures>();
        for (var k = 0; k < mix.Count; k++)
        {
            var request = mix[k].Request;
            var uncached = new Latencies();
            SearchResult? previous = null;
            var sameObject = false;
            for (var i = 0; i < options.WarmUp + options.Iterations; i++)
            {
                var search = new PaperSearch(database);
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

            var shared = new PaperSearch(database);
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

            figures.Add(new SearchFigures(mix[k], previous!.Total, cold[k], uncached, cached, sameObject));
        }

        return figures;
    }

    public static void Print(string corpus, List<SearchFigures> figures)
    {
        Section.Title($"{corpus}: search (PaperSearch.Search, facets included), ms");
        var table = new Table("kind", "query", "filter", "hits", "cold", "p50", "p95", "p99", "max", "cached p50");
        foreach (var f in figures)
        {
            table.Row(f.Kind.Name, f.Kind.Request.Query, f.Kind.Filters, f.Total, f.ColdMs, f.Uncached.P50, f.Uncached.P95, f.Uncached.P99, f.Uncached.Max, f.Cached.P50);
        }

        table.Print();
        Section.Note("cold: the first search after opening the catalog (new connection, empty SQLite page cache; the OS file cache is warm).");
        Section.Note("p50-max: each run on a new PaperSearch, so its result cache never answers. cached p50: the same search repeated on one instance.");
        if (figures.Any(f => f.CachedAcrossInstances))
        {
            Section.Note("WARNING: new PaperSearch instances returned the very same result object: a cache outside the instance answered, "
                + "so p50-max of " + string.Join(", ", figures.Where(f => f.CachedAcrossInstances).Select(f => f.Kind.Name)) + " are cache hits.");
        }

        Console.WriteLine();
    }
}
