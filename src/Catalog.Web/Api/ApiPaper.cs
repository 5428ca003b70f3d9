namespace Catalog.Web.Api;

/// <summary>One paper in full: <see cref="ApiPaperItem"/> with the abstract's Markdown, its source, and the papers
/// closest to it by content (as its page's "Similar papers").</summary>
/// <param name="Paper">The paper as a list shows it.</param>
/// <param name="Source">Where the seed's metadata came from, or null.</param>
/// <param name="AbstractMarkdown">The abstract as the seed writes it: Markdown, with TeX math kept as $...$.</param>
/// <param name="Similar">The papers closest to this one by content, closest first.</param>
public sealed record ApiPaper(ApiPaperItem Paper, string? Source, string AbstractMarkdown, IReadOnlyList<ApiSimilarPaper> Similar);
