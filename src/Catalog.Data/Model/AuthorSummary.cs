namespace Catalog.Data.Model;

/// <summary>An author with how many papers of the catalog they are on.</summary>
public sealed record AuthorSummary(string Name, string Slug, long PaperCount);
