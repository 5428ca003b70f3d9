namespace Catalog.Web.Api;

/// <summary>A person: their name, ORCID iD when known, the spellings their papers print (the name first), their papers
/// newest first and all their co-authors.</summary>
public sealed record ApiAuthor(string Id, string Name, string? Orcid, IReadOnlyList<string> Spellings, IReadOnlyList<ApiPaperItem> Papers, IReadOnlyList<ApiCoAuthor> CoAuthors);
