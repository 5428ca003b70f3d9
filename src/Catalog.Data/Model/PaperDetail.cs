namespace Catalog.Data.Model;

/// <summary>Everything the catalog holds about one paper. Authors are in the paper's order, each named as the paper
/// prints it, with their person's slug and family name.</summary>
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
    IReadOnlyList<AuthorRef> Authors)
{
    public string? Doi { get; init; }

    public string? Pdf { get; init; }

    public IReadOnlyList<string> Subjects { get; init; } = [];
}
