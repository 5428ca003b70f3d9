namespace Catalog.Web.Api;

/// <summary>An author of a paper: the name as printed on it and the id of the person (the key of /api/authors/{id}).</summary>
public sealed record ApiPersonName(string Name, string Id);
