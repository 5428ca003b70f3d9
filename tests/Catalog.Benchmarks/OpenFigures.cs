using System.Globalization;

namespace Catalog.Benchmarks;

/// <summary>Prints what building and opening one corpus's catalog cost, beside Lucene.Net's build of the same records in
/// the same run.</summary>
public static class OpenFigures
{
    public static void Print(string corpus, ImportMeasurement import, TimeSpan luceneBuild, OpenMeasurement open)
    {
        var arxiv = corpus.Contains("arxiv", StringComparison.OrdinalIgnoreCase);
        Section.Title($"{corpus}: import and open, against Lucene.Net's index build");
        new Table("figure", "this run", "previous design")
            .Row("full import (SeedImporter.Import), s", ImportFigures.Seconds(import.ImportMs), PreviousDesign.ImportSeconds(arxiv).ToString("0.0", CultureInfo.InvariantCulture))
            .Row("Lucene.Net index build of the same records, s", ImportFigures.Seconds(luceneBuild.TotalMilliseconds), "-")
            .Row("import / Lucene build", Table.Ratio(import.ImportMs / luceneBuild.TotalMilliseconds), Table.Ratio(PreviousDesign.ImportToLucene(arxiv)))
            .Row("open: catalog opened to engine ready, fresh process, s", ImportFigures.Seconds(open.OpenMs), "-")
            .Row("  the engine's own build or load time, s", ImportFigures.Seconds(open.EngineBuildMs), "-")
            .Row("  first search after it (common word), ms", Table.Ms(open.FirstSearchMs), "-")
            .Row("  resident memory of that process after it", Table.MiB(open.ResidentAfterOpenBytes), "-")
            .Row("  engine arrays / terms", $"{Table.MiB(open.EngineBytes)} / {Table.Count(open.Terms)}", "-")
            .Print();
        Section.Note("open: a fresh process (server GC, JIT included, as at the app's start) times new CatalogDatabase + SearchEngines.WarmUpAsync until the engine is ready.");
        Section.Note("previous design: import from the README (commit da9c72a); its import / Lucene ratio from the README's people table (21.0 / 28.6 s, 10.3 / 10.3 s).");
        Console.WriteLine();
    }
}
