namespace Catalog.Components.Citations;

/// <summary>A paper as every citation format sees it, built once by <see cref="CitationBuilder"/> and written by
/// <see cref="BibTexWriter"/>, <see cref="RisWriter"/>, <see cref="CslJsonWriter"/> and <see cref="ReferenceText"/>.
/// The key is the citekey (<see cref="CiteKeys"/>), the same in every format; the title is as the seed writes it, TeX
/// included; the page URL is the paper's page in the catalog, absolute.</summary>
public sealed record Citation(
    string Key,
    string Id,
    string Title,
    IReadOnlyList<CitationName> Authors,
    int? Year,
    int? Month,
    int? Day,
    string? Venue,
    CitationKind Kind,
    string? Arxiv,
    string? PrimaryClass,
    string? Doi,
    string? Url,
    string? Pdf,
    string PageUrl,
    string? Abstract);
