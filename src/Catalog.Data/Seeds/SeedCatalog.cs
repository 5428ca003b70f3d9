namespace Catalog.Data.Seeds;

/// <summary>A seeds folder read in full: the catalog's name and description, its papers in catalog order, and the
/// people of people.yaml.</summary>
public sealed record SeedCatalog(string Name, string Description, IReadOnlyList<SeedPaper> Papers, IReadOnlyList<SeedPerson> People);

/// <summary>What reading a seeds folder gave: the catalog when there were no errors, and every problem found.</summary>
public sealed record SeedReadResult(SeedCatalog? Catalog, IReadOnlyList<SeedProblem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}
