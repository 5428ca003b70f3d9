using System.Diagnostics;
using Catalog.Data.Records;

namespace Catalog.Benchmarks;

/// <summary>Turns a corpus file into a seeds folder with the app's own converter, and edits some of its papers.</summary>
public static class CorpusSeeds
{
    public const string EditedWord = "benchmarked";

    public static (SeedWriteResult Result, TimeSpan Elapsed) Convert(string records, string seeds) =>
        Convert(PaperRecordReader.Read(records), seeds, Path.GetFileName(records));

    public static (SeedWriteResult Result, TimeSpan Elapsed) Convert(IEnumerable<RecordLine> records, string seeds, string name)
    {
        var started = Stopwatch.GetTimestamp();
        var result = SeedFolderWriter.Write(records, seeds, new SeedWriteOptions
        {
            Name = $"Benchmark: {name}",
            Force = true,
        }, name);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"converting {name} failed:\n{string.Join('\n', result.Errors.Take(10))}");
        }

        return (result, elapsed);
    }

    /// <summary>Changes one word, the abstract's last, in every hundredth paper file (one in a hundred, spread evenly);
    /// a paper without an abstract gets a one-word abstract.</summary>
    public static int EditOnePercent(string seeds)
    {
        var files = Directory.GetFiles(Path.Combine(seeds, SeedFolderWriter.PapersFolder), "*.md");
        Array.Sort(files, StringComparer.Ordinal);
        var edited = 0;
        for (var i = 0; i < files.Length; i += 100)
        {
            var text = File.ReadAllText(files[i]);
            var bodyStart = text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5;
            var lastSpace = text.TrimEnd().LastIndexOf(' ');
            text = lastSpace > bodyStart
                ? string.Concat(text.AsSpan(0, lastSpace + 1), EditedWord + ".\n")
                : text.TrimEnd() + $"\n\n{EditedWord}\n";
            File.WriteAllText(files[i], text);
            edited++;
        }

        return edited;
    }
}
