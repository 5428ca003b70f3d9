using Catalog.Data.Queries;
using Catalog.Components;
using Catalog.Data.Search;
using Catalog.Web.Citations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Api;

/// <summary>/api/papers: the results page's search as JSON, and one paper in full.</summary>
public static class PaperApi
{
    public static Results<Ok<ApiPaperPage>, ProblemHttpResult> List(
        PaperSearch search, PaperExport export, PaperCitations citations,
        [FromQuery] string? q, [FromQuery] string[]? author, [FromQuery] string? year, [FromQuery] string? venue,
        [FromQuery] string? subject, [FromQuery] string? sort, [FromQuery] string? page, [FromQuery] string? size, [FromQuery] string? more)
    {
        var (request, error) = ApiParameters.Search(q, author, year, venue, subject, sort, page, size, more);
        if (request is null)
        {
            return ApiProblems.BadParameter(error!);
        }

        var result = search.Search(request);
        if (result.Total > 0 && request.Page > result.PageCount)
        {
            return ApiProblems.NotFound($"There is no page {request.Page}; the results end on page {result.PageCount}.");
        }

        var papers = export.ByIds([.. result.Hits.Select(h => h.Paper.Id)]).Select(p => ApiMapping.Item(p, citations)).ToList();
        return TypedResults.Ok(new ApiPaperPage(result.Total, request.Page, result.PageCount, request.Size, papers, ApiMapping.Facets(result.Facets)));
    }

    /// <summary>As many similar papers as the paper's page shows.</summary>
    public const int SimilarCount = 5;

    public static Results<Ok<ApiPaper>, ProblemHttpResult> Get(string id, PaperQueries papers, SimilarPapers similar, PaperCitations citations) =>
        papers.Get(id) is { } paper
            ? TypedResults.Ok(new ApiPaper(ApiMapping.Item(paper, citations), paper.Source, paper.AbstractMarkdown,
                [.. similar.For(paper.Id, SimilarCount).Select(s => new ApiSimilarPaper(s.Paper.Id, s.Paper.Title, CatalogUrls.Paper(s.Paper.Id), s.SharedWords))]))
            : ApiProblems.NotFound($"There is no paper with the id “{id}” in the catalog.");
}
