namespace Catalog.Web.Api;

/// <summary>Where a paper is in the catalog: its page and its citation files, as paths from the catalog's root.</summary>
public sealed record ApiPaperLinks(string Page, string Api, string BibTex, string Ris, string CslJson);
