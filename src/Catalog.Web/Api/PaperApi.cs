using Catalog.Data.Queries;
using Catalog.Components;
using Catalog.Data.Search;
using Catalog.Web.Citations;
using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Api;

/// <summary>/api/papers: the results page's search as JSON, and one paper in full.</summary>
public static class PaperApi
{
    /// <summary>The search syntax, as the results page and the README give it.</summary>
    public const string SearchSyntax = "The search, with the site's syntax: words (all must match), \"a phrase\", -word to exclude, "
        + "a OR b, prefix*; field terms title:word, author:word or author:\"First Last\", abstract:\"a phrase\" (a word, phrase or "
        + "prefix in that field only), venue:ICLR (the venue holds the words), year:2023, year:2021..2023, year:2021.., year:..2023 "
        + "(inclusive; venue and year terms filter without ranking); all combine with OR and -. Field names are case-insensitive; "
        + "a field word that is not well formed (foo:bar, title:, year:abc, year:2023..2021) is searched as plain text. A hyphenated "
        + "word also finds its joined form (fine-tuning finds finetuning), a joined word the hyphenated one where the catalog prints it, "
        + "and a Greek letter its TeX name (Λ-DARTS finds $\\Lambda$-DARTS). A search with fewer than 3 results may answer didYouMean.";

    public static Results<Ok<ApiPaperPage>, ProblemHttpResult> List(
        PaperSearch search, PaperExport export, PaperCitations citations,
        [FromQuery, Description(SearchSyntax)] string? q, [FromQuery] string[]? author, [FromQuery] string? year, [FromQuery] string? venue,
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
        var didYouMean = result.DidYouMean is { } suggestion ? new ApiDidYouMean(suggestion, CatalogUrls.Search(request.WithQuery(suggestion))) : null;
        return TypedResults.Ok(new ApiPaperPage(result.Total, request.Page, result.PageCount, request.Size, papers, ApiMapping.Facets(result.Facets), didYouMean));
    }

    /// <summary>As many similar papers as the paper's page shows.</summary>
    public const int SimilarCount = 5;

    public static Results<Ok<ApiPaper>, ProblemHttpResult> Get(string id, PaperQueries papers, SimilarPapers similar, PaperCitations citations) =>
        papers.Get(id) is { } paper
            ? TypedResults.Ok(new ApiPaper(ApiMapping.Item(paper, citations), paper.Source, paper.AbstractMarkdown,
                [.. similar.For(paper.Id, SimilarCount).Select(s => new ApiSimilarPaper(s.Paper.Id, s.Paper.Title, CatalogUrls.Paper(s.Paper.Id), s.SharedWords))]))
            : ApiProblems.NotFound($"There is no paper with the id “{id}” in the catalog.");
}
