namespace Catalog.Web.Api;

/// <summary>A paper close to another by content: its id, title and page, and the other paper's words it shares.</summary>
public sealed record ApiSimilarPaper(string Id, string Title, string Url, IReadOnlyList<string> SharedWords);
