using Catalog.Data.Seeds;

namespace Catalog.Data.Tests.Infrastructure;

/// <summary>What reading a seeds folder gave: the catalog when there were no errors, and every problem found.</summary>
public sealed record SeedReadResult(SeedCatalog? Catalog, IReadOnlyList<SeedProblem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}
