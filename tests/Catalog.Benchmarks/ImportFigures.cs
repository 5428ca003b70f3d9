namespace Catalog.Benchmarks;

/// <summary>Prints the conversion and the two imports of one corpus.</summary>
public static class ImportFigures
{
    public static void Print(string corpus, Catalog.Data.Records.SeedWriteResult converted, TimeSpan convertTime, ImportMeasurement full, int edited, ImportMeasurement again, long dbBytes)
    {
        var arxiv = corpus.Contains("arxiv", StringComparison.OrdinalIgnoreCase);
        var previous = PreviousDesign.ImportSeconds(arxiv).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        Section.Title($"{corpus}: seeds and import");
        new Table("step", "papers", "seconds", "papers/s", "notes", "previous design s (full corpus)")
            .Row("records -> seeds (seeds-from-records)", converted.Written, Seconds(convertTime.TotalMilliseconds), PerSecond(converted.Written, convertTime.TotalMilliseconds),
                $"{converted.Skipped} records skipped, {converted.Warnings.Count()} warnings", "-")
            .Row("full import (SeedImporter.Import)", full.Papers, Seconds(full.ImportMs), PerSecond(full.Papers, full.ImportMs), $"{Table.Count(full.Authors)} authors", previous)
            .Row($"re-import after editing {edited} files (1%)", again.Papers, Seconds(again.ImportMs), PerSecond(again.Papers, again.ImportMs), "the importer rebuilds the whole catalog", "-")
            .Print();
        new Table("import process", "full import", "re-import")
            .Row("import call, s", Seconds(full.ImportMs), Seconds(again.ImportMs))
            .Row("whole process (start-up, JIT, exit), s", Seconds(full.ProcessMs), Seconds(again.ProcessMs))
            .Row("peak resident memory (VmHWM)", Table.MiB(full.PeakResidentBytes), Table.MiB(again.PeakResidentBytes))
            .Row("resident before the import", Table.MiB(full.ResidentBeforeBytes), Table.MiB(again.ResidentBeforeBytes))
            .Row("bytes allocated", Table.MiB(full.AllocatedBytes), Table.MiB(again.AllocatedBytes))
            .Row("gen2 collections / GC pause", $"{full.Gen2Collections} / {Table.Ms(full.GcPauseMs)} ms", $"{again.Gen2Collections} / {Table.Ms(again.GcPauseMs)} ms")
            .Row("GC mode", full.ServerGc ? "server (as Catalog.Web)" : "workstation", again.ServerGc ? "server" : "workstation")
            .Row("catalog file size", Table.MiB(dbBytes), "")
            .Print();
        Section.Note("Each import runs alone in a fresh process, so its peak memory is its own; the seed files are in the OS file cache (just written).");
        Section.Note("The child calls SeedImporter.Import, which is what the app's `import` command runs; previous design: FTS5 built at import (README, commit da9c72a, another run).");
        Console.WriteLine();
    }

    public static string Seconds(double ms) => (ms / 1000).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static string PerSecond(long papers, double ms) => Table.Count((long)(papers / (ms / 1000)));
}
