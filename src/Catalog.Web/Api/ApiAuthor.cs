namespace Catalog.Web.Api;

/// <summary>A person: their name, ORCID iD when known, the spellings their papers print (the name first), their papers
/// newest first and all their co-authors.</summary>
/// <param name="Id">The person's id, the key of /api/authors/{id} and /authors/{id}.</param>
/// <param name="Name">The person's name as the catalog shows it.</param>
/// <param name="Orcid">The ORCID iD (0000-0000-0000-0000), or null when people.yaml gives none.</param>
/// <param name="Spellings">Every spelling of the name the person's papers print, the name first.</param>
/// <param name="Papers">The person's papers, newest first.</param>
/// <param name="CoAuthors">Everyone who wrote a paper with the person, most shared papers first.</param>
public sealed record ApiAuthor(string Id, string Name, string? Orcid, IReadOnlyList<string> Spellings, IReadOnlyList<ApiPaperItem> Papers, IReadOnlyList<ApiCoAuthor> CoAuthors);
