namespace Catalog.Web.Api;

/// <summary>A paper in a list: what identifies, cites and links it, without the abstract. The date is YYYY-MM-DD, YYYY-MM
/// or YYYY, as far as it is known; the citekey is that of its BibTeX, RIS and CSL-JSON.</summary>
public sealed record ApiPaperItem(
    string Id,
    string Title,
    IReadOnlyList<ApiPersonName> Authors,
    string? Date,
    string? Venue,
    string? Doi,
    string? Arxiv,
    string? Url,
    string? Pdf,
    IReadOnlyList<string> Subjects,
    string CiteKey,
    ApiPaperLinks Links);
