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
    string? Abstract)
{
    /// <summary>The paper's subjects (arXiv categories); the first is <see cref="PrimaryClass"/>.</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>The date as far as it is known, its parts joined by the separator: "2023/02/10", "2022-08", "2021".</summary>
    public string? DateText(char separator) => Year is not { } year ? null
        : string.Join(separator, new int?[] { year, Month, Day }.TakeWhile(n => n is not null)
            .Select((n, i) => (n ?? 0).ToString(i == 0 ? "D4" : "D2", System.Globalization.CultureInfo.InvariantCulture)));
}
