namespace Catalog.Data.Model;

/// <summary>What a paper's citekey is made of: its first author's family name, year and title, and its id to tell equal
/// keys apart.</summary>
public sealed class CiteKeySource
{
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public long? Year { get; init; }
    public string? FirstFamily { get; init; }
}
