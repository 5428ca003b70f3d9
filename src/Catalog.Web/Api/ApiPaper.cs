namespace Catalog.Web.Api;

/// <summary>One paper in full: <see cref="ApiPaperItem"/> with the abstract's Markdown, its source, and the papers
/// closest to it by content (as its page's "Similar papers").</summary>
public sealed record ApiPaper(ApiPaperItem Paper, string? Source, string AbstractMarkdown, IReadOnlyList<ApiSimilarPaper> Similar);
