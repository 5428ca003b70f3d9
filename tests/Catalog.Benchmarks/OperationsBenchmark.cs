using System.Diagnostics;
using System.Globalization;
using Catalog.Components;
using Catalog.Data.Import;

namespace Catalog.Benchmarks;

/// <summary>The app run as the README's deploy section says: the catalog built once and copied to two instances behind
/// nginx, with one instance restarted during a load run; and one instance under load while the catalog is re-imported
/// beside it three times. Run alone with <c>--only deploy</c>, <c>--only reimport</c> or <c>--only operations</c>.</summary>
public static class OperationsBenchmark
{
    public static async Task RunAsync(BenchmarkOptions options, string temp, Targets targets)
    {
        var records = options.AclFile;
        var seeds = Path.Combine(temp, "seeds");
        var built = Path.Combine(temp, "built", "catalog.db");
        Section.Progress($"operations: records -> seeds ({Path.GetFileName(records)})");
        CorpusSeeds.Convert(records, seeds);
        Section.Progress("operations: building the catalog once");
        var import = SeedImporter.Import(seeds, built);
        if (!import.Succeeded)
        {
            throw new InvalidOperationException($"the import failed:\n{string.Join('\n', import.Problems.Take(10))}");
        }

        var paths = Vocabulary.From(records, 3000).Select(CatalogUrls.SearchFor).ToList();
        if (options.Only is "deploy" or "operations")
        {
            await DeployAsync(options, temp, seeds, built, paths, targets);
        }

        if (options.Only is "reimport" or "operations")
        {
            await ReimportAsync(options, temp, records, paths, targets);
        }
    }

    private static async Task DeployAsync(BenchmarkOptions options, string temp, string seeds, string built, List<string> paths, Targets targets)
    {
        var dbs = Enumerable.Range(1, 2).Select(n => Copy(built, Path.Combine(temp, $"instance-{n}", "catalog.db"))).ToList();
        Section.Progress("deploy: starting two instances");
        var first = await StartWarmAsync(dbs[0], seeds);
        await using var second = await StartWarmAsync(dbs[1], seeds);
        try
        {
            var alone = await LoadTest.RunAsync(first, "one instance, direct", paths, options, temp);
            await using var nginx = await Nginx.StartAsync(Path.Combine(temp, "nginx"), [first.BaseAddress, second.BaseAddress]);
            var port = first.BaseAddress.Port;
            var load = LoadTest.RunAsync(nginx.BaseAddress, "nginx, two instances, one restarted", paths, options, temp);
            await Task.Delay(TimeSpan.FromSeconds(options.LoadSeconds / 3.0));
            Section.Progress("deploy: restarting the first instance under load");
            var restart = Stopwatch.StartNew();
            await first.StopAsync();
            await first.DisposeAsync();
            first = await AppProcess.StartAsync(dbs[0], seeds, port);
            restart.Stop();
            var behind = await load;

            Section.Title("Deploy: two instances behind nginx (load balancer and cache), one restarted during the run");
            LoadTest.Print("Deploy", [alone, behind], second.PeakResidentBytes());
            Section.Note($"The first instance was stopped with SIGTERM and serving again {restart.Elapsed.TotalSeconds:0.0} s later.");
            targets.Check("deploy: zero errors while an instance restarts", $"{behind.Errors} errors", behind.Errors == 0);
            targets.Check("deploy: throughput behind nginx >= one instance's", $"{behind.RequestsPerSecond:N0}/s vs {alone.RequestsPerSecond:N0}/s",
                behind.RequestsPerSecond >= alone.RequestsPerSecond);
        }
        finally
        {
            await first.DisposeAsync();
        }
    }

    /// <summary>A catalog of the first <see cref="ReimportPapers"/> records: its import takes a few seconds even beside
    /// 64 clients on two cores, so three fit in the minute of load.</summary>
    private const int ReimportPapers = 10_000;

    private static async Task ReimportAsync(BenchmarkOptions options, string temp, string records, List<string> paths, Targets targets)
    {
        var folder = Path.Combine(temp, "reimport");
        var seeds = Path.Combine(folder, "seeds");
        var db = Path.Combine(folder, "catalog.db");
        var part = Path.Combine(folder, "records.jsonl");
        Directory.CreateDirectory(folder);
        await File.WriteAllLinesAsync(part, ReadLines(records).Take(ReimportPapers));
        CorpusSeeds.Convert(part, seeds);
        if (!SeedImporter.Import(seeds, db).Succeeded)
        {
            throw new InvalidOperationException("the re-import catalog did not import");
        }

        await using var app = await StartWarmAsync(db, seeds);
        var loadOptions = options with { LoadSeconds = options.Quick ? 10 : 60 };
        // Passes over every URL first, so the start is the app as it serves, its caches full, not as it starts.
        await LoadTest.RunAsync(app, "warm-up", paths, options with { LoadSeconds = options.Quick ? 5 : 20 }, temp);
        var startBytes = app.ResidentBytes();
        var load = LoadTest.RunAsync(app, "64 clients while the catalog is re-imported 3 times", paths, loadOptions, temp);
        var imports = new List<double>();
        var loadStarted = Stopwatch.StartNew();
        for (var n = 1; n <= 3; n++)
        {
            // Spread over the run: the n-th import starts at n quarters of it, or right after the one before.
            var due = TimeSpan.FromSeconds(loadOptions.LoadSeconds * n / 4.0) - loadStarted.Elapsed - TimeSpan.FromSeconds(imports.LastOrDefault() / 2);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            Section.Progress($"reimport: import {n} of 3 beside the running app");
            imports.Add(await ImportBesideAsync(seeds, db));
        }

        var allWithin = loadStarted.Elapsed.TotalSeconds <= loadOptions.LoadSeconds;
        var figures = await load;
        var endBytes = app.ResidentBytes();
        Section.Title("Re-import under load: the catalog replaced three times while 64 clients search");
        LoadTest.Print("Re-import", [figures], app.PeakResidentBytes());
        Section.Note(string.Create(CultureInfo.InvariantCulture,
            $"Imports (a separate `import` process on the same file): {string.Join(", ", imports.Select(s => $"{s:0.0} s"))}. Resident memory: {Table.MiB(startBytes)} at the start, {Table.MiB(endBytes)} at the end."));
        targets.Check("reimport: the three imports ended within the load run", $"{loadStarted.Elapsed.TotalSeconds:0} s of {loadOptions.LoadSeconds} s", allWithin);
        targets.Check("reimport: zero errors while the catalog is replaced three times", $"{figures.Errors} errors", figures.Errors == 0);
        targets.Check("reimport: resident memory within 10% of the start", $"{Table.MiB(startBytes)} -> {Table.MiB(endBytes)}",
            endBytes <= startBytes * 1.1 && endBytes >= startBytes * 0.9);
    }

    private static async Task<AppProcess> StartWarmAsync(string db, string seeds)
    {
        var app = await AppProcess.StartAsync(db, seeds);
        await app.WaitUntilReadyAsync(TimeSpan.FromMinutes(5));
        return app;
    }

    /// <summary>The app's own <c>import</c> command in a process of its own, as an operator or a deploy job runs it.</summary>
    private static async Task<double> ImportBesideAsync(string seeds, string db)
    {
        var started = Stopwatch.StartNew();
        var start = new ProcessStartInfo(ChildProcess.DotnetHost()) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "exec", AppProcess.WebDll, "import", "--seeds", seeds, "--db", db, "--no-embed" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the import");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"import exited with {process.ExitCode}: {await output}{await error}");
        }

        return started.Elapsed.TotalSeconds;
    }

    private static IEnumerable<string> ReadLines(string records)
    {
        using var file = File.OpenRead(records);
        using Stream stream = records.EndsWith(".gz", StringComparison.Ordinal) ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static string Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
        return to;
    }
}
