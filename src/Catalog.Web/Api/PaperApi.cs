using System.ComponentModel;
using Catalog.Components;
using Catalog.Data.Model;
using Catalog.Data.Queries;
using Catalog.Data.Search;
using Catalog.Web.Citations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalog.Web.Api;

/// <summary>/api/papers: the results page's search as JSON, and one paper in full.</summary>
public static class PaperApi
{
    // The parameters are those of SearchParameters, read from the query string there and described in the document by
    // SearchParametersDocument (a summary here would replace the operation's own in the document).
    public static async Task<Results<Ok<ApiPaperPage>, ProblemHttpResult>> List(HttpRequest http, PaperSearch search, PaperExport export, PaperCitations citations)
    {
        var (request, error) = SearchParameters.ReadStrict(name => http.Query[name]);
        if (request is null)
        {
            return ApiProblems.BadParameter(error!);
        }

        var result = await search.SearchAsync(request);
        if (result.Total > 0 && request.Page > result.PageCount)
        {
            return ApiProblems.NotFound(Paging.NoSuchPage(request.Page, result.PageCount, "results"));
        }

        var explanations = result.Hits.Where(h => h.Explanation is not null).ToDictionary(h => h.Paper.Id, h => ApiMapping.Explain(h.Explanation!));
        var papers = export.ByIds([.. result.Hits.Select(h => h.Paper.Id)])
            .Select(p => ApiMapping.Item(p, citations) with { Explain = explanations.GetValueOrDefault(p.Id) })
            .ToList();
        var didYouMean = result.DidYouMean is { } suggestion ? new ApiDidYouMean(suggestion, CatalogUrls.Search(request.WithQuery(suggestion))) : null;
        var ranked = result.Ranked is { } r
            ? new ApiRanked(r.Words, r.MinimumShouldMatch, r.StopWords, r.OperatorsOptional, r.AllWordsTotal, CatalogUrls.Search(request.WithAllWords(true)))
            : null;
        return TypedResults.Ok(new ApiPaperPage(result.Total, request.Page, result.PageCount, request.Size, papers, ApiMapping.Facets(result.Facets), didYouMean, ranked,
            result.Explanation is { } query ? ApiMapping.Explain(query) : null, result.RankedByMeaning, result.Semantic.ToString()));
    }

    /// <summary>As many similar papers as the paper's page shows.</summary>
    public const int SimilarCount = 5;

    public static async Task<Results<Ok<ApiPaper>, ProblemHttpResult>> Get([Description("The paper's id, as in /papers/{id}.")] string id, PaperQueries papers, SimilarPapers similar, PaperCitations citations)
    {
        if (papers.Get(id) is not { } paper)
        {
            return ApiProblems.NotFound($"There is no paper with the id “{id}” in the catalog.");
        }

        var similarPapers = await similar.ForAsync(paper.Id, SimilarCount);
        return TypedResults.Ok(new ApiPaper(ApiMapping.Item(paper, citations), paper.Source, paper.AbstractMarkdown,
            [.. similarPapers.Select(s => new ApiSimilarPaper(s.Paper.Id, s.Paper.Title, CatalogUrls.Paper(s.Paper.Id), s.SharedWords, s.Similarity))]));
    }
}
