using System.ComponentModel;
using Catalog.Components;
using Catalog.Data.Model;
using Catalog.Data.Queries;
using Catalog.Web.Citations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Api;

/// <summary>/api/authors: the author index as JSON, and one person with their papers and co-authors.</summary>
public static class AuthorApi
{
    public static Results<Ok<ApiAuthorPage>, ProblemHttpResult> List(AuthorQueries authors,
        [FromQuery, Description("People any word of whose name starts so, accents folded.")] string? q,
        [FromQuery, Description("The order: name (the default), family or papers.")] string? sort,
        [FromQuery, Description("The page of the index, from 1.")] string? page)
    {
        var (authorSort, pageNumber, error) = ApiParameters.Authors(sort, page);
        if (error is not null)
        {
            return ApiProblems.BadParameter(error);
        }

        var list = authors.List(QueryValues.Text(q), authorSort, pageNumber);
        if (list.Total > 0 && pageNumber > list.PageCount)
        {
            return ApiProblems.NotFound(Paging.NoSuchPage(pageNumber, list.PageCount, "authors"));
        }

        return TypedResults.Ok(new ApiAuthorPage(list.Total, pageNumber, list.PageCount, AuthorQueries.PageSize,
            [.. list.Authors.Select(a => new ApiAuthorItem(a.Slug, a.Name, a.PaperCount))]));
    }

    public static Results<Ok<ApiAuthor>, ProblemHttpResult> Get([Description("The person's id, as in /authors/{id}.")] string id, AuthorQueries authors, PaperExport export, PaperCitations citations)
    {
        if (authors.Get(id, allCoAuthors: true) is not { } author)
        {
            return ApiProblems.NotFound($"There is no author “{id}” in the catalog.");
        }

        return TypedResults.Ok(new ApiAuthor(author.Slug, author.Name, author.Orcid, [author.Name, .. author.Variants.Select(v => v.Name)],
            [.. export.ByAuthor(author.Slug).Select(p => ApiMapping.Item(p, citations))],
            [.. author.CoAuthors.Select(c => new ApiCoAuthor(c.Slug, c.Name, c.SharedPapers))]));
    }
}
