namespace Catalog.Web.Api;

/// <summary>An author of a paper: the name as printed on it and the id of the person (the key of /api/authors/{id}).</summary>
/// <param name="Name">The name as the paper prints it.</param>
/// <param name="Id">The person's id, the key of /api/authors/{id}.</param>
public sealed record ApiPersonName(string Name, string Id);
