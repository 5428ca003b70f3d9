namespace Catalog.Data.Seeds;

/// <summary>A seeds folder read in full: the catalog's name and description and its papers in catalog order.</summary>
public sealed record SeedCatalog(string Name, string Description, IReadOnlyList<SeedPaper> Papers);

/// <summary>What reading a seeds folder gave: the catalog when there were no errors, and every problem found.</summary>
public sealed record SeedReadResult(SeedCatalog? Catalog, IReadOnlyList<SeedProblem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}
