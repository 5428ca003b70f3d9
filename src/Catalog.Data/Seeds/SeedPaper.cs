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
    string File,
    int IdLine)
{
    /// <summary>The abstract as safe HTML, rendered on each call: the store keeps the Markdown alone.</summary>
    public string AbstractHtml => AbstractRenderer.ToHtml(AbstractMarkdown);
}
