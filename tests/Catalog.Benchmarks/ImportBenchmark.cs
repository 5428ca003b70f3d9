namespace Catalog.Benchmarks;

/// <summary>Times <c>SeedImporter.Import</c> in a child process of its own (see <see cref="ImportChild"/>) and reads back
/// what it measured.</summary>
public static class ImportBenchmark
{
    public static ImportMeasurement Run(string seeds, string db)
    {
        var (measurement, processMs) = ChildProcess.Run<ImportMeasurement>(ImportChild.Verb, seeds, db);
        return measurement with { ProcessMs = processMs };
    }
}
