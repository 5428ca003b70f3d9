namespace Catalog.Web.Api;

/// <summary>One paper in full: <see cref="ApiPaperItem"/> with the abstract's Markdown and its source.</summary>
public sealed record ApiPaper(ApiPaperItem Paper, string? Source, string AbstractMarkdown);
