namespace Catalog.Web.Api;

/// <summary>Someone who wrote papers with the person, and how many.</summary>
/// <param name="Id">The co-author's person id.</param>
/// <param name="Name">The co-author's name.</param>
/// <param name="SharedPapers">How many papers the two wrote together.</param>
public sealed record ApiCoAuthor(string Id, string Name, long SharedPapers);
