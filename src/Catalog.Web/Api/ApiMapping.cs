using Catalog.Components;
using Catalog.Data.Model;
using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Explain;
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

    public static ApiExplain Explain(ScoreExplanation why) =>
        new(why.Score, why.Coordination, [.. why.Terms.Select(t => new ApiTermScore(t.Term, t.IndexTerms, t.Score, [.. t.Fields.Select(Field)]))],
            [.. why.Fields.Select(Field)],
            why.Fusion is { } f ? new ApiFusion(f.LexicalRank, f.MeaningRank, f.Similarity, f.FusedRank, f.FusedScore, f.MeaningOnly) : null);

    public static ApiQueryExplanation Explain(QueryExplanation query) =>
        new([.. query.Words.Select(w => new ApiQueryWord(w.Typed, w.Role, w.SearchedAs))]);

    private static ApiFieldScore Field(FieldScore field) => new(field.Field, field.Count, field.Weight, field.Score);

    private static ApiFacetValue Facet(FacetValue value) => new(value.Value, value.Label, value.Count);
}
