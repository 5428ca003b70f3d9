namespace Catalog.Web.Api;

/// <summary>A paper in a list: what identifies, cites and links it, without the abstract. The date is YYYY-MM-DD, YYYY-MM
/// or YYYY, as far as it is known; the citekey is that of its BibTeX, RIS and CSL-JSON.</summary>
/// <param name="Id">The paper's id: its arXiv id when it has one.</param>
/// <param name="Title">The title as the seed writes it, TeX included.</param>
/// <param name="Authors">The authors in the paper's order, each as printed with the person's id.</param>
/// <param name="Date">The date as far as it is known: YYYY-MM-DD, YYYY-MM or YYYY, or null.</param>
/// <param name="Venue">Where it appeared ("ICLR 2023"), or null for a preprint.</param>
/// <param name="Doi">The DOI (10.registrant/suffix), or null.</param>
/// <param name="Arxiv">The arXiv id, or null.</param>
/// <param name="Url">The paper's own address elsewhere, or null.</param>
/// <param name="Pdf">Where its PDF is, or null.</param>
/// <param name="Subjects">Its subjects (arXiv categories), the primary one first.</param>
/// <param name="CiteKey">The citekey of its BibTeX, RIS and CSL-JSON.</param>
/// <param name="Links">Its page and citation files in the catalog.</param>
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
    ApiPaperLinks Links)
{
    /// <summary>In a search's results: why the paper is where it is; null in a list without a query.</summary>
    public ApiExplain? Explain { get; init; }
}
