namespace Catalog.Data.Seeds;

/// <summary>INDEX.md: the catalog's name, its description and the paper files it lists, in order.</summary>
public sealed record SeedIndex(string Name, string Description, IReadOnlyList<SeedLink> Papers);

/// <summary>A link in INDEX.md to a paper file, with the 1-based line it is on.</summary>
public sealed record SeedLink(string Target, int Line);
