using Catalog.Data.Seeds;

namespace Catalog.Data.Tests.Infrastructure;

/// <summary>A seeds folder read in full: the catalog's name and description, its papers in catalog order, and the
/// people of people.yaml.</summary>
public sealed record SeedCatalog(string Name, string Description, IReadOnlyList<SeedPaper> Papers, IReadOnlyList<SeedPerson> People);
