using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Catalog.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Catalog.Web.Tests.Hosting;

/// <summary>The import as a separate process, killed with SIGKILL at random moments over a few thousand papers: each time
/// the catalog file is the previous one byte for byte or a complete new one, and the next import leaves no temp file.</summary>
public sealed class ImportCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Papers = 2_000;
    private const int Kills = 20;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"catalog-crash-tests-{Guid.NewGuid():N}");

    private string Seeds => Path.Combine(_folder, "seeds");

    private string Db => Path.Combine(_folder, "db", "catalog.db");

    [Fact]
    public async Task A_killed_import_leaves_the_previous_catalog_or_a_complete_new_one_and_no_temp_file_after_the_next()
    {
        WriteSeeds();
        var full = Stopwatch.StartNew();
        Assert.Equal(0, await ImportAsync(kill: null));
        full.Stop();
        var (previous, previousWrite) = (Hash(), File.GetLastWriteTimeUtc(Db));
        var random = new Random(20);
        int replaced = 0, kept = 0, leftBehind = 0;

        for (var kill = 0; kill < Kills; kill++)
        {
            // From before the import starts reading seeds to just after it would have ended.
            var at = TimeSpan.FromMilliseconds((0.2 + 1.3 * random.NextDouble()) * full.Elapsed.TotalMilliseconds);
            var exitCode = await ImportAsync(at);

            // A new catalog is a new file renamed over the old one, so its modification time tells them apart even when
            // the same seeds give the same bytes.
            var (now, written) = (Hash(), File.GetLastWriteTimeUtc(Db));
            if (written == previousWrite)
            {
                Assert.Equal(previous, now);
                kept++;
            }
            else
            {
                AssertComplete(exitCode, at);
                (previous, previousWrite, replaced) = (now, written, replaced + 1);
            }

            leftBehind = Math.Max(leftBehind, TempFiles().Count);
        }

        output.WriteLine($"{Kills} kills between 0.2 and 1.5 times in a {full.Elapsed.TotalSeconds:0.00} s import: {kept} left the previous catalog, {replaced} a new one; up to {leftBehind} temp files were left behind");
        Assert.Equal(0, await ImportAsync(kill: null));
        Assert.Empty(TempFiles());
        AssertComplete(0, TimeSpan.Zero);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private void AssertComplete(int exitCode, TimeSpan killedAt)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar());
        check.CommandText = "SELECT count(*) FROM papers";
        Assert.True(Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) == Papers, $"killed at {killedAt.TotalMilliseconds:0} ms (exit {exitCode})");
    }

    private byte[] Hash()
    {
        using var file = File.OpenRead(Db);
        return SHA256.HashData(file);
    }

    private List<string> TempFiles() => [.. Directory.EnumerateFiles(Path.GetDirectoryName(Db)!).Where(f => f.Contains(".importing", StringComparison.Ordinal))];

    /// <summary>Runs <c>import</c> to its end, or kills it with SIGKILL after <paramref name="kill"/>; the exit code.</summary>
    private async Task<int> ImportAsync(TimeSpan? kill)
    {
        using var process = Process.Start(AppCommand.StartInfo("import", "--seeds", Seeds, "--db", Db)) ?? throw new InvalidOperationException("could not start the import");
        var drained = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        if (kill is { } after && !process.WaitForExit(after))
        {
            // Process.Kill is SIGKILL on Linux: no finally block, no cleanup, as in a crash or an OOM kill.
            process.Kill();
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        await drained;
        return process.ExitCode;
    }

    private void WriteSeeds()
    {
        var papers = Path.Combine(Seeds, "papers");
        Directory.CreateDirectory(papers);
        var index = new StringBuilder("# Crash Catalog\n\nPapers for the crash test.\n\n## Papers\n\n");
        var words = new[] { "model", "graph", "neural", "language", "vision", "scaling", "sparse", "dense", "attention", "memory", "search", "index" };
        for (var n = 0; n < Papers; n++)
        {
            var id = $"crash-{n:0000}";
            index.Append(CultureInfo.InvariantCulture, $"- [Crash Study {n}](papers/{id}.md)\n");
            var text = string.Join(' ', Enumerable.Range(0, 120).Select(i => words[(n * 7 + i * 3) % words.Length] + (i % 11 == 0 ? "." : "")));
            File.WriteAllText(Path.Combine(papers, $"{id}.md"), string.Create(CultureInfo.InvariantCulture, $"""
                ---
                id: '{id}'
                title: 'Crash Study {n} of {words[n % words.Length]} {words[(n / 12) % words.Length]}'
                authors:
                  - 'Author {n % 300}'
                  - 'Writer {n % 97}'
                date: {2000 + (n % 25)}-{1 + (n % 12):00}-{1 + (n % 28):00}
                venue: 'Venue {n % 9}'
                ---

                {text}
                """));
        }

        File.WriteAllText(Path.Combine(Seeds, "INDEX.md"), index.ToString());
    }
}
