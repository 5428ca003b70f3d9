using Catalog.Components;
using Catalog.Data.Model;
using Catalog.Data.Search;
using Catalog.Web.Citations;

namespace Catalog.Web.Api;

/// <summary>The catalog's models as the API's documented shapes.</summary>
public static class ApiMapping
{
    public static ApiPaperItem Item(PaperDetail paper, PaperCitations citations) => new(
        paper.Id,
        paper.Title,
        [.. paper.Authors.Select(a => new ApiPersonName(a.Name, a.Slug))],
        paper.Date,
        paper.Venue,
        paper.Doi,
        paper.Arxiv,
        paper.Url,
        paper.Pdf,
        paper.Subjects,
        citations.KeyOf(paper.Id),
        new ApiPaperLinks(CatalogUrls.Paper(paper.Id), CatalogUrls.ApiPaper(paper.Id), CatalogUrls.PaperBibTex(paper.Id),
            CatalogUrls.PaperRis(paper.Id), CatalogUrls.PaperCslJson(paper.Id)));

    public static ApiFacets Facets(SearchFacets facets) => new(
        [.. facets.Authors.Select(Facet)], facets.MoreAuthors, [.. facets.Years.Select(Facet)], [.. facets.Venues.Select(Facet)],
        [.. facets.Subjects.Select(Facet)]);

    private static ApiFacetValue Facet(FacetValue value) => new(value.Value, value.Label, value.Count);
}
