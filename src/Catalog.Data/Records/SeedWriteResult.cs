using Catalog.Data.Seeds;

namespace Catalog.Data.Records;

/// <summary>What writing a seeds folder did: papers written, records skipped for errors, existing files left alone,
/// and every problem, each naming the records file and line.</summary>
public sealed record SeedWriteResult(bool IndexWritten, int Written, int Skipped, int Kept, IReadOnlyList<SeedProblem> Problems)
{
    /// <summary>INDEX.md and every usable record's paper file were written; skipped bad records do not count against it.</summary>
    public bool Succeeded => IndexWritten && Kept == 0;

    public IEnumerable<SeedProblem> Errors => Problems.Where(p => p.IsError);

    public IEnumerable<SeedProblem> Warnings => Problems.Where(p => !p.IsError);
}
