namespace Catalog.Data.Model;

/// <summary>Everything the catalog holds about one paper.</summary>
public sealed record PaperDetail(
    string Id,
    string Title,
    string? Date,
    string? Venue,
    string? Source,
    string? Url,
    string? Arxiv,
    string AbstractMarkdown,
    string AbstractHtml,
    IReadOnlyList<AuthorRef> Authors);
