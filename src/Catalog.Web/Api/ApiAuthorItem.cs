namespace Catalog.Web.Api;

/// <summary>A person in the author index, with how many papers of the catalog they are on.</summary>
/// <param name="Id">The person's id, the key of /api/authors/{id}.</param>
/// <param name="Name">The person's name.</param>
/// <param name="PaperCount">How many papers of the catalog the person is an author of.</param>
public sealed record ApiAuthorItem(string Id, string Name, long PaperCount);
