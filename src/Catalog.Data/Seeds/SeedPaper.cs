namespace Catalog.Data.Seeds;

/// <summary>A paper file after parsing and validation: what the store will hold.</summary>
public sealed record SeedPaper(
    string Id,
    string Title,
    IReadOnlyList<string> Authors,
    PaperDate? Date,
    string? Venue,
    string? Source,
    string? Url,
    string? Arxiv,
    string AbstractMarkdown,
    string AbstractHtml,
    string File,
    int IdLine);
