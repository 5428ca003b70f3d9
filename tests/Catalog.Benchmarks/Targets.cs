namespace Catalog.Benchmarks;

/// <summary>The targets beside what this run measured.</summary>
public sealed class Targets
{
    private readonly Table _table = new("target", "measured", "met");

    public void Check(string target, string measured, bool met) => _table.Row(target, measured, met ? "yes" : "NO");

    public void Print(bool quick)
    {
        Section.Title("Targets (issue 11's, and the earlier ones that still apply)");
        _table.Print();
        Section.Note($"Load average at the end: {Machine.LoadAverage()} (1, 5, 15 min), on {Environment.ProcessorCount} cores.");
        if (quick)
        {
            Section.Note("--quick measures the 1k-record files: the targets are meant for the 86k corpus, so these rows only show the shape.");
            Console.WriteLine();
        }
    }
}
