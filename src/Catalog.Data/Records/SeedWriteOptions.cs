namespace Catalog.Data.Records;

/// <summary>How to write a seeds folder from records.</summary>
public sealed record SeedWriteOptions
{
    /// <summary>The catalog's name, the H1 of INDEX.md.</summary>
    public required string Name { get; init; }

    /// <summary>The paragraph under the name; a line naming the records file when null.</summary>
    public string? Description { get; init; }

    /// <summary>Replace an existing INDEX.md and paper files of the same ids. Without it nothing is ever overwritten.</summary>
    public bool Force { get; init; }
}
