using Catalog.Components;
using Catalog.Components.Citations;
using Catalog.Data.Model;
using Catalog.Data.Queries;
using Catalog.Data.Search;
using Catalog.Web.Citations;

namespace Catalog.Web.Endpoints;

/// <summary>BibTeX, RIS and CSL-JSON for one paper, for a person's papers and for every result of a search.</summary>
public static class CitationEndpoints
{
    private static readonly CitationFile[] s_files = [CitationFile.BibTex, CitationFile.Ris, CitationFile.CslJson];

    public static IEndpointRouteBuilder MapCitationExports(this IEndpointRouteBuilder app)
    {
        foreach (var file in s_files)
        {
            app.MapGet($"/papers/{{id}}{file.Extension}", (string id, HttpContext context) => Paper(context, id, file)).ExcludeFromDescription();
            app.MapGet($"{CatalogUrls.Papers}{file.Extension}", (HttpContext context) => Search(context, file)).ExcludeFromDescription();
            app.MapGet($"/authors/{{slug}}{file.Extension}", (string slug, HttpContext context) => Author(context, slug, file)).ExcludeFromDescription();
        }

        return app;
    }

    private static Task Paper(HttpContext context, string id, CitationFile file)
    {
        if (context.RequestServices.GetRequiredService<PaperQueries>().Get(id) is not { } paper)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        var citation = Citations(context, [paper]).Single();
        return file.WriteAsync(context.Response, citation.Key, [citation]);
    }

    private static async Task Search(HttpContext context, CitationFile file)
    {
        var request = SearchParameters.Read(name => context.Request.Query[name], SearchParameterSet.Results);
        var papers = await context.RequestServices.GetRequiredService<SearchExport>().SearchAsync(request);
        await file.WriteAsync(context.Response, "papers", Citations(context, papers));
    }

    private static async Task Author(HttpContext context, string slug, CitationFile file)
    {
        var papers = context.RequestServices.GetRequiredService<PaperExport>().ByAuthor(slug);
        using var enumerator = Citations(context, papers).GetEnumerator();
        if (!enumerator.MoveNext())
        {
            // Everyone in the catalog has a paper: no papers means no such author, or a spelling's slug that moved.
            MovedAuthor.Answer(context, slug, person => CatalogUrls.AuthorFile(person, file.Extension));
            return;
        }

        await file.WriteAsync(context.Response, slug, Rest(enumerator));
    }

    private static IEnumerable<Citation> Rest(IEnumerator<Citation> started)
    {
        do
        {
            yield return started.Current;
        }
        while (started.MoveNext());
    }

    private static IEnumerable<Citation> Citations(HttpContext context, IEnumerable<PaperDetail> papers)
    {
        var citations = context.RequestServices.GetRequiredService<PaperCitations>();
        var site = SiteAddress.Of(context.Request);
        return papers.Select(paper => citations.For(paper, site));
    }
}
