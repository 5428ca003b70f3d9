using System.Globalization;
using Catalog.Components;
using Catalog.Data.Store;
using Microsoft.Data.Sqlite;

namespace Catalog.Benchmarks;

/// <summary>The whole benchmark: for each corpus, records to seeds, import and re-import, the query mix on the store and on
/// Lucene; for the arXiv corpus also whole pages over HTTP and load. Every figure is printed as a table.</summary>
public static class BenchmarkRun
{
    public static async Task<int> ExecuteAsync(BenchmarkOptions options)
    {
        Machine.Print(options);
        var temp = Directory.CreateTempSubdirectory("catalog-bench-").FullName;
        var targets = new Targets();
        try
        {
            if (options.Only is not null)
            {
                await OperationsBenchmark.RunAsync(options, temp, targets);
                targets.Print(options.Quick);
                return 0;
            }

            await RunCorpusAsync("arXiv", options.ArxivFile, Path.Combine(temp, "arxiv"), options, targets, withHttp: !options.SkipHttp);
            await RunCorpusAsync("ACL", options.AclFile, Path.Combine(temp, "acl"), options, targets, withHttp: false);
            targets.Print(options.Quick);
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (options.Keep)
            {
                Console.WriteLine($"Kept {temp}");
            }
            else
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    private static async Task RunCorpusAsync(string corpus, string records, string folder, BenchmarkOptions options, Targets targets, bool withHttp)
    {
        var seeds = Path.Combine(folder, "seeds");
        var db = Path.Combine(folder, "catalog.db");
        var name = $"{corpus} ({Path.GetFileName(records)})";

        Section.Progress($"{name}: records -> seeds");
        var (converted, convertTime) = CorpusSeeds.Convert(records, seeds);
        Section.Progress($"{name}: full import");
        var full = Checked(ImportBenchmark.Run(seeds, db));
        var dbBytes = new FileInfo(db).Length;
        var edited = CorpusSeeds.EditOnePercent(seeds);
        Section.Progress($"{name}: re-import after editing {edited} files");
        var again = Checked(ImportBenchmark.Run(seeds, db));
        ImportFigures.Print(name, converted, convertTime, full, edited, again, dbBytes);
        targets.Check($"{corpus}: full import <= 10 s", $"{ImportFigures.Seconds(full.ImportMs)} s", full.ImportMs <= 10_000);
        targets.Check($"{corpus}: import peak memory < 1 GiB", Table.MiB(full.PeakResidentBytes), full.PeakResidentBytes < 1L << 30);

        Section.Progress($"{name}: search");
        var mix = QueryMix.For(new CatalogDatabase(db));
        var run = SearchBenchmark.Run(db, mix, options);
        SearchBenchmark.Print(name, run);
        var search = run.Figures;
        var slowest = search.MaxBy(f => f.Uncached.P99)!;
        targets.Check($"{corpus}: search p99 <= 5 ms, every kind", $"worst: {slowest.Kind.Name} {Table.Ms(slowest.Uncached.P99)} ms", slowest.Uncached.P99 <= 5);
        var deep = search[^1];
        var first = search[0];
        targets.Check($"{corpus}: deep page as fast as the first (search p50)", $"{Table.Ms(deep.Uncached.P50)} vs {Table.Ms(first.Uncached.P50)} ms",
            deep.Uncached.P50 <= first.Uncached.P50 * 1.1);

        Section.Progress($"{name}: Lucene index");
        using (var lucene = LuceneCatalog.Build(records, Path.Combine(folder, "lucene")))
        {
            Section.Progress($"{name}: Lucene search");
            var theirs = LuceneBenchmark.Run(lucene, mix, options);
            LuceneBenchmark.Print(name, lucene, search, theirs);
            var worst = search.Zip(theirs).MaxBy(p => p.First.Uncached.P50 / p.Second.Latencies.P50);
            var ratio = worst.First.Uncached.P50 / worst.Second.Latencies.P50;
            targets.Check($"{corpus}: no kind slower than Lucene (p50)", $"worst: {worst.First.Kind.Name} {Table.Ratio(ratio)}", ratio <= 1);
        }

        if (withHttp)
        {
            await RunHttpAsync(name, corpus, records, seeds, db, folder, mix, options, targets);
        }
    }

    private static async Task RunHttpAsync(string name, string corpus, string records, string seeds, string db, string folder,
        IReadOnlyList<QueryKind> mix, BenchmarkOptions options, Targets targets)
    {
        Section.Progress($"{name}: starting Catalog.Web");
        var words = Vocabulary.From(records, 6000);
        // The app starts readying the common words' answers as it starts serving: the pages are measured once it has.
        await using var app = await AppProcess.StartAsync(db, seeds);
        Section.Progress($"{name}: waiting for Catalog.Web's ready answers");
        Section.Note(await app.WaitForLineAsync(AppProcess.WarmedUpLine, TimeSpan.FromMinutes(5)));
        Section.Progress($"{name}: pages over HTTP");
        var pages = await PageBenchmark.RunAsync(app, mix, words, options);
        PageBenchmark.Print(name, pages);
        var slowest = pages.Take(mix.Count).MaxBy(p => p.Repeat.P50)!;
        targets.Check($"{corpus}: page p50 <= 5 ms, every kind", $"worst: {slowest.Name} {Table.Ms(slowest.Repeat.P50)} ms", slowest.Repeat.P50 <= 5);
        var distinct = pages[^1];
        targets.Check($"{corpus}: page p50 <= 5 ms, distinct words", $"{Table.Ms(distinct.Repeat.P50)} ms", distinct.Repeat.P50 <= 5);
        targets.Check($"{corpus}: deep page as fast as the first (page, first request)", $"{Table.Ms(pages[mix.Count - 1].FirstMs)} vs {Table.Ms(pages[0].FirstMs)} ms",
            pages[mix.Count - 1].FirstMs <= pages[0].FirstMs * 1.1);

        var loads = new List<LoadFigures>
        {
            await LoadTest.RunAsync(app, FormattableString.Invariant($"the {mix.Count} URLs of the mix"), [.. mix.Select(k => CatalogUrls.Search(k.Request))], options, folder),
            await LoadTest.RunAsync(app, FormattableString.Invariant($"{words.Count} distinct words"), [.. words.Select(CatalogUrls.SearchFor)], options, folder),
        };
        LoadTest.Print(name, loads, app.PeakResidentBytes());
        foreach (var load in loads)
        {
            targets.Check($"{corpus}: >= 1,500 pages/s, zero errors ({load.Name})",
                $"{load.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture)}/s, {load.Errors} errors", load.RequestsPerSecond >= 1500 && load.Errors == 0);
        }
    }

    private static ImportMeasurement Checked(ImportMeasurement measurement) => measurement.Succeeded
        ? measurement
        : throw new InvalidOperationException($"the import failed with {measurement.Errors} errors:\n{string.Join('\n', measurement.FirstErrors)}");
}
