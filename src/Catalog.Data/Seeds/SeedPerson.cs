namespace Catalog.Data.Seeds;

/// <summary>One entry of people.yaml: a person's URL key, the name the catalog shows, the other spellings papers print,
/// and optionally an ORCID iD and the family name to sort by.</summary>
public sealed record SeedPerson(string Id, string Name, IReadOnlyList<string> Variants, string? Orcid, string? Family, string File, int Line);
