using Catalog.Data.Seeds;

namespace Catalog.Data.Store;

/// <summary>The outcome of an import: counts when it succeeded, and every problem found either way.</summary>
public sealed record ImportResult(bool Succeeded, IReadOnlyList<SeedProblem> Problems, int Papers, int Authors, TimeSpan Elapsed)
{
    public IEnumerable<SeedProblem> Errors => Problems.Where(p => p.IsError);

    public IEnumerable<SeedProblem> Warnings => Problems.Where(p => !p.IsError);

    public string Summary => FormattableString.Invariant(
        $"Imported {Papers} papers and {Authors} authors in {Elapsed.TotalSeconds:0.00} s.");
}
