using Catalog.Data.Seeds;

namespace Catalog.Data.Records;

/// <summary>A paper record from a JSONL file, checked and cleaned: every value is one a seed file can hold
/// and the importer accepts. <see cref="Line"/> is the record's 1-based line in its file.</summary>
public sealed record PaperRecord(
    string Id,
    string Title,
    IReadOnlyList<string> Authors,
    PaperDate? Date,
    string? Venue,
    string? Source,
    string? Url,
    string? Arxiv,
    string Abstract,
    int Line)
{
    public string? Doi { get; init; }

    /// <summary>An absolute http or https address of the paper's PDF.</summary>
    public string? Pdf { get; init; }

    /// <summary>Subjects: the record's categories.</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];
}
