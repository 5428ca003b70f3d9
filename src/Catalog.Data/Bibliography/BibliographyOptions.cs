namespace Catalog.Data.Bibliography;

/// <summary>How to read bibliography files.</summary>
public sealed record BibliographyOptions
{
    /// <summary>Keywords become subjects too (off by default: a personal library's keywords are rarely a catalog's).</summary>
    public bool Keywords { get; init; }
}
