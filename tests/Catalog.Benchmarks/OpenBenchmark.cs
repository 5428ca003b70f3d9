namespace Catalog.Benchmarks;

/// <summary>Opens a catalog in a child process of its own (see <see cref="OpenChild"/>): a cold open, as at the app's
/// start, and the memory of a process that holds one catalog and its engine, apart from the benchmark's heap.</summary>
public static class OpenBenchmark
{
    public static OpenMeasurement Run(string db, int iterations, int warmUp) =>
        ChildProcess.Run<OpenMeasurement>(OpenChild.Arguments(db, iterations, warmUp)).Measurement;
}
