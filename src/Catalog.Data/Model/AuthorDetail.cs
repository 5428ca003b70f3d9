namespace Catalog.Data.Model;

/// <summary>An author's page: their papers, newest first, and their co-authors by shared papers.</summary>
public sealed record AuthorDetail(
    string Name,
    string Slug,
    IReadOnlyList<PaperSummary> Papers,
    IReadOnlyList<CoAuthor> CoAuthors);

/// <summary>Someone who wrote papers with an author, and how many.</summary>
public sealed record CoAuthor(string Name, string Slug, long SharedPapers);
