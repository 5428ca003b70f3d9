namespace Catalog.Web.Api;

/// <summary>Someone who wrote papers with the person, and how many.</summary>
public sealed record ApiCoAuthor(string Id, string Name, long SharedPapers);
