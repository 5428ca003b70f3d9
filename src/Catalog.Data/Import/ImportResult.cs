using Catalog.Data.Seeds;

namespace Catalog.Data.Import;

/// <summary>The outcome of an import: counts when it succeeded, and every problem found either way. <see cref="Authors"/>
/// counts people; <see cref="Names"/> the distinct name strings their papers print.</summary>
public sealed record ImportResult(bool Succeeded, IReadOnlyList<SeedProblem> Problems, int Papers, int Authors, TimeSpan Elapsed)
{
    public int Names { get; init; }

    public IEnumerable<SeedProblem> Errors => Problems.Where(p => p.IsError);

    public IEnumerable<SeedProblem> Warnings => Problems.Where(p => !p.IsError);

    public string Summary => FormattableString.Invariant(
        $"Imported {Papers} papers by {Authors} people ({Names} name strings) in {Elapsed.TotalSeconds:0.00} s.");

    public static ImportResult Failed(IReadOnlyList<SeedProblem> problems, TimeSpan elapsed) => new(false, problems, 0, 0, elapsed);
}
