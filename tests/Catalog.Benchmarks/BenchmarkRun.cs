using System.Globalization;
using Catalog.Benchmarks.Relevance;
using Catalog.Components;
using Catalog.Data.Store;
using Microsoft.Data.Sqlite;

namespace Catalog.Benchmarks;

/// <summary>The whole benchmark: for each corpus, records to seeds, import and re-import, a cold open, the query mix on
/// the engine and on Lucene; for the arXiv corpus also the app's start, pages no one asked before over HTTP and load;
/// then the growth table. Every figure is printed as a table, and the targets at the end.</summary>
public static class BenchmarkRun
{
    /// <summary>Different searches of each kind for the load run, beyond those the pages were measured with.</summary>
    private static int LoadSearchesPerKind(BenchmarkOptions options) => options.Quick ? 1000 : 6000;

    public static async Task<int> ExecuteAsync(BenchmarkOptions options)
    {
        Machine.Print(options);
        var temp = Directory.CreateTempSubdirectory("catalog-bench-").FullName;
        var targets = new Targets();
        try
        {
            if (options.Only is "growth")
            {
                GrowthBenchmark.Run(options, temp, targets);
            }
            else if (options.Only is "relevance")
            {
                RelevanceBenchmark.Run(options, temp, targets);
            }
            else if (options.Only is "speed")
            {
                await RunCorpusAsync("arXiv", options.ArxivFile, Path.Combine(temp, "arxiv"), options, targets, withHttp: !options.SkipHttp);
            }
            else if (options.Only is "semantic")
            {
                SemanticBenchmark.Run(options, temp, targets);
            }
            else if (options.Only is "scifact-embeddings")
            {
                SciFactEmbeddings.Fill(options, temp);
            }
            else if (options.Only is not null)
            {
                await OperationsBenchmark.RunAsync(options, temp, targets);
            }
            else
            {
                await RunCorpusAsync("arXiv", options.ArxivFile, Path.Combine(temp, "arxiv"), options, targets, withHttp: !options.SkipHttp);
                await RunCorpusAsync("ACL", options.AclFile, Path.Combine(temp, "acl"), options, targets, withHttp: false);
                RelevanceBenchmark.Run(options, temp, targets);
                if (!options.SkipGrowth)
                {
                    GrowthBenchmark.Run(options, temp, targets);
                }
            }

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

        Section.Progress($"{name}: open in a fresh process");
        var open = OpenBenchmark.Run(db, iterations: 0, warmUp: 0);

        var mix = QueryMix.For(new CatalogDatabase(db));
        Section.Progress($"{name}: Lucene index");
        using (var lucene = LuceneCatalog.Build(records, Path.Combine(folder, "lucene")))
        {
            Section.Progress($"{name}: search, ours and Lucene's interleaved");
            var run = SearchBenchmark.Run(db, lucene, mix, options);
            SearchBenchmark.Print(name, run);
            var search = run.Figures;
            var theirs = run.Lucene;
            var slowest = search.MaxBy(f => f.Uncached.P99)!;
            targets.Check($"{corpus}: search p99 <= 5 ms, every kind", $"worst: {slowest.Kind.Name} {Table.Ms(slowest.Uncached.P99)} ms", slowest.Uncached.P99 <= 5);
            var deep = search[^1];
            var first = search[0];
            targets.Check($"{corpus}: deep page as fast as the first (search p50)", $"{Table.Ms(deep.Uncached.P50)} vs {Table.Ms(first.Uncached.P50)} ms",
                deep.Uncached.P50 <= first.Uncached.P50 * 1.1);
            LuceneBenchmark.Print(name, lucene, search, theirs);
            foreach (var (mine, lucenes) in search.Zip(theirs))
            {
                var (p50, p99) = LuceneBenchmark.Ratios(mine, lucenes);
                targets.Check($"{corpus}: {mine.Kind.Name}: p50 and p99 <= Lucene's", $"p50 {Table.Ratio(p50)}, p99 {Table.Ratio(p99)}", p50 <= 1 && p99 <= 1);
            }

            var mean = LuceneBenchmark.GeometricMeanP50(search, theirs);
            targets.Check($"{corpus}: geometric mean of the p50 ratios <= 0.5", Table.Ratio(mean), mean <= 0.5);
            OpenFigures.Print(name, full, lucene.BuildTime, open);
            var buildRatio = full.ImportMs / lucene.BuildTime.TotalMilliseconds;
            targets.Check($"{corpus}: full import <= 0.6x Lucene's index build",
                $"{Table.Ratio(buildRatio)} ({ImportFigures.Seconds(full.ImportMs)} vs {ImportFigures.Seconds(lucene.BuildTime.TotalMilliseconds)} s)", buildRatio <= 0.6);
        }

        if (corpus == "arXiv")
        {
            targets.Check($"{corpus}: engine ready <= 2 s after opening (fresh process)", $"{ImportFigures.Seconds(open.OpenMs)} s", open.OpenMs <= 2000);
        }

        if (withHttp)
        {
            await RunHttpAsync(name, corpus, records, seeds, db, folder, mix, options, targets);
        }
    }

    private static async Task RunHttpAsync(string name, string corpus, string records, string seeds, string db, string folder,
        IReadOnlyList<QueryKind> mix, BenchmarkOptions options, Targets targets)
    {
        Section.Progress($"{name}: searches and paper pages no one asked before");
        var database = new CatalogDatabase(db);
        var paged = options.WarmUp + options.Iterations;
        var variants = SearchVariants.For(CorpusWords.From(records), database, mix, paged + LoadSearchesPerKind(options));
        var papers = PaperUrls.All(database);
        var searchUrls = SearchVariants.Interleaved(variants, 0).ToHashSet(StringComparer.Ordinal);
        var words = Vocabulary.From(records, 6000).Select(CatalogUrls.SearchFor).Where(u => !searchUrls.Contains(u)).ToList();

        Section.Progress($"{name}: stand-in vectors for every paper, filed under the model's name");
        var standIn = MeaningStandIn.File(database);
        Section.Progress($"{name}: starting Catalog.Web");
        await using var app = await AppProcess.StartAsync(db, seeds, meaning: true);
        var readyMs = await app.WaitUntilReadyAsync(TimeSpan.FromMinutes(5));
        var meaningMs = await MeaningStandIn.WaitUntilRankingByMeaningAsync(app, TimeSpan.FromMinutes(2));
        MeaningStandIn.Print(name, standIn, meaningMs);
        var startPeak = app.PeakResidentBytes();
        AppStart.Print(name, app, readyMs);
        targets.Check($"{corpus}: app at full speed <= 2 s after its start (/healthz/ready 200)", $"{ImportFigures.Seconds(readyMs)} s", readyMs <= 2000);

        Section.Progress($"{name}: pages over HTTP");
        var pages = await PageBenchmark.RunAsync(app, [.. variants.Select(v => v with { Requests = [.. v.Requests.Take(paged)] })], papers[..Math.Min(paged, papers.Count)], options);
        PageBenchmark.Print(name, pages);
        var (slowestPage, pageRatio) = PageBenchmark.Slowest(pages);
        targets.Check($"{corpus}: first-time paper page p50 <= 10 ms (similar papers by meaning)", $"{Table.Ms(pages[^1].Latencies.P50)} ms", pages[^1].Latencies.P50 <= 10);
        var cached = pages.Sum(p => p.FromCache);
        targets.Check($"{corpus}: first-time search pages p50 <= 2x a first-time paper page's, every kind",
            $"worst: {slowestPage.Name} {Table.Ratio(pageRatio)} ({Table.Ms(slowestPage.Latencies.P50)} vs {Table.Ms(pages[^1].Latencies.P50)} ms){(cached > 0 ? $", {cached} from cache" : "")}",
            pageRatio <= 2 && cached == 0);
        targets.Check($"{corpus}: deep page as fast as the first (first-time pages p50)", $"{Table.Ms(pages[mix.Count - 1].Latencies.P50)} vs {Table.Ms(pages[0].Latencies.P50)} ms",
            pages[mix.Count - 1].Latencies.P50 <= pages[0].Latencies.P50 * 1.1);

        var peakReset = app.ResetPeakResident();
        var distinctPapers = await LoadTest.RunAsync(app, "distinct paper pages", papers[Math.Min(paged, papers.Count)..], options, folder);
        var distinctSearches = await LoadTest.RunAsync(app, "distinct searches, every kind in turn", SearchVariants.Interleaved(variants, paged), options, folder);
        var distinctWords = await LoadTest.RunAsync(app, "distinct words", words, options, folder) with { Previous = PreviousDesign.DistinctWordsPerSecond };
        var repeated = await LoadTest.RunAsync(app, FormattableString.Invariant($"the mix's {mix.Count} URLs, repeated"), [.. mix.Select(k => CatalogUrls.Search(k.Request))], options, folder)
            with { Previous = PreviousDesign.RepeatedUrlsPerSecond };
        var loads = new List<LoadFigures> { distinctPapers, distinctSearches, distinctWords, repeated };
        var loadPeak = app.PeakResidentBytes();
        var rateRatio = distinctSearches.RequestsPerSecond / distinctPapers.RequestsPerSecond;
        LoadTest.Print(name, loads,
        [
            string.Create(CultureInfo.InvariantCulture,
                $"Distinct searches / distinct paper pages: {distinctSearches.RequestsPerSecond:N0} / {distinctPapers.RequestsPerSecond:N0} pages/s = {Table.Ratio(rateRatio)}."),
            peakReset
                ? $"The app's peak resident memory (VmHWM): {Table.MiB(startPeak)} from its start to ready, {Table.MiB(loadPeak)} over the four load runs (reset before them)."
                : $"The app's peak resident memory (VmHWM): {Table.MiB(startPeak)} at ready, {Table.MiB(loadPeak)} over the whole run (it could not be reset before the loads).",
        ]);

        targets.Check($"{corpus}: under load, distinct searches >= 0.8x distinct paper pages' rate",
            string.Create(CultureInfo.InvariantCulture, $"{Table.Ratio(rateRatio)} ({distinctSearches.RequestsPerSecond:N0} vs {distinctPapers.RequestsPerSecond:N0}/s, {distinctSearches.FromCache + distinctPapers.FromCache} from cache)"),
            rateRatio >= 0.8);
        targets.Check($"{corpus}: app peak resident memory under load <= 600 MiB", Table.MiB(loadPeak), loadPeak is > 0 and <= 600L << 20);
        targets.Check($"{corpus}: zero errors under load, every run", string.Join(", ", loads.Select(l => l.Errors.ToString(CultureInfo.InvariantCulture))), loads.All(l => l.Errors == 0));
        foreach (var load in new[] { repeated, distinctWords })
        {
            targets.Check($"{corpus}: >= 1,500 pages/s ({load.Name})", $"{load.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture)}/s", load.RequestsPerSecond >= 1500);
        }
    }

    private static ImportMeasurement Checked(ImportMeasurement measurement) => measurement.Succeeded
        ? measurement
        : throw new InvalidOperationException($"the import failed with {measurement.Errors} errors:\n{string.Join('\n', measurement.FirstErrors)}");
}
