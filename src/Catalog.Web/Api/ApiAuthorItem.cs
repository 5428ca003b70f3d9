namespace Catalog.Web.Api;

/// <summary>A person in the author index, with how many papers of the catalog they are on.</summary>
public sealed record ApiAuthorItem(string Id, string Name, long PaperCount);
