namespace Catalog.Data.Seeds;

/// <summary>A paper file after parsing and validation: what the store will hold.</summary>
public sealed record SeedPaper(
    string Id,
    string Title,
    IReadOnlyList<SeedAuthor> Authors,
    PaperDate? Date,
    string? Venue,
    string? Source,
    string? Url,
    string? Arxiv,
    string AbstractMarkdown,
    string File,
    int IdLine)
{
    /// <summary>The paper's DOI, "10.registrant/suffix".</summary>
    public string? Doi { get; init; }

    /// <summary>An absolute http or https address of the paper's PDF.</summary>
    public string? Pdf { get; init; }

    /// <summary>Subjects in the seed's order, such as arXiv categories ("cs.CL").</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>The abstract as safe HTML, rendered on each call: the store keeps the Markdown alone.</summary>
    public string AbstractHtml => AbstractRenderer.ToHtml(AbstractMarkdown);
}
