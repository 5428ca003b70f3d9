namespace Catalog.Web.Api;

/// <summary>Where a paper is in the catalog: its page and its citation files, as paths from the catalog's root.</summary>
/// <param name="Page">The paper's page.</param>
/// <param name="Api">The paper in this API.</param>
/// <param name="BibTex">Its BibTeX file.</param>
/// <param name="Ris">Its RIS file.</param>
/// <param name="CslJson">Its CSL-JSON file.</param>
public sealed record ApiPaperLinks(string Page, string Api, string BibTex, string Ris, string CslJson);
