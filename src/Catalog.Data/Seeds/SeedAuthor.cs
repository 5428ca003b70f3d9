namespace Catalog.Data.Seeds;

/// <summary>One author slot of a paper: the name as the paper prints it (normalised), and the person it is when the
/// seed says so with <c>person:</c> or people.yaml claims the name; <see cref="Line"/> is the slot's line in the file.</summary>
public sealed record SeedAuthor(string Name, string? Person, int Line)
{
    /// <summary>The family name when the seed wrote the name "Family, Given".</summary>
    public string? Family { get; init; }
}
