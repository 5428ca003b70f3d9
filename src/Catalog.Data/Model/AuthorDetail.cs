namespace Catalog.Data.Model;

/// <summary>A person's page: their name, the other spellings their papers print, their ORCID iD, their papers (newest
/// first) and their co-authors by shared papers (the first ones, or all of them when asked).</summary>
public sealed record AuthorDetail(
    string Name,
    string Slug,
    string? Orcid,
    IReadOnlyList<NameVariant> Variants,
    IReadOnlyList<PaperSummary> Papers,
    IReadOnlyList<CoAuthor> CoAuthors,
    long CoAuthorCount);

/// <summary>Someone who wrote papers with an author, and how many.</summary>
public sealed record CoAuthor(string Name, string Slug, long SharedPapers);

/// <summary>A spelling of a person's name that their papers print, other than the one the catalog names them by.</summary>
public sealed record NameVariant(string Name, long PaperCount);
