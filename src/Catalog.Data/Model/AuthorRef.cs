namespace Catalog.Data.Model;

/// <summary>An author as a link: the name to show and the slug of their page.</summary>
public sealed record AuthorRef(string Name, string Slug);
