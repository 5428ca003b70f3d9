namespace Catalog.Data.Model;

/// <summary>The catalog as a whole: its name and description from INDEX.md and its size.</summary>
public sealed record CatalogInfo(string Name, string Description, long PaperCount, long AuthorCount);
