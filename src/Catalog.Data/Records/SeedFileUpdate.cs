namespace Catalog.Data.Records;

/// <summary>Keys to add to an existing paper file, which lacks them: each with its values (one, or a list for
/// "subjects"), and an abstract for a file whose body is empty. Nothing already in the file changes.</summary>
public sealed record SeedFileUpdate(string File, string DisplayPath, IReadOnlyList<(string Key, IReadOnlyList<string> Values)> Additions, string? Abstract);
