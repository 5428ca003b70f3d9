namespace Catalog.Web.Api;

/// <summary>A person: their name, the spellings their papers print, their papers newest first and their co-authors.</summary>
public sealed record ApiAuthor(string Id, string Name, IReadOnlyList<string> Spellings, IReadOnlyList<ApiPaperItem> Papers, IReadOnlyList<ApiCoAuthor> CoAuthors);
