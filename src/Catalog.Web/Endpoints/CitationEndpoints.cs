using Catalog.Components;
using Catalog.Components.Citations;
using Catalog.Data.Queries;
using Catalog.Web.Citations;

namespace Catalog.Web.Endpoints;

/// <summary>BibTeX, RIS and CSL-JSON for one paper, for an author's papers and for every result of a search.</summary>
public static class CitationEndpoints
{
    public static IEndpointRouteBuilder MapCitationExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/papers/{id}.bib", (string id, HttpContext context) => Paper(context, id, CitationFile.BibTex)).ExcludeFromDescription();
        app.MapGet("/papers/{id}.ris", (string id, HttpContext context) => Paper(context, id, CitationFile.Ris)).ExcludeFromDescription();
        app.MapGet("/papers/{id}.csl.json", PaperCslJson).ExcludeFromDescription();
        app.MapGet("/papers.bib", (HttpContext context) => Search(context, CitationFile.BibTex)).ExcludeFromDescription();
        app.MapGet("/papers.ris", (HttpContext context) => Search(context, CitationFile.Ris)).ExcludeFromDescription();
        app.MapGet("/authors/{slug}.bib", (string slug, HttpContext context) => Author(context, slug, CitationFile.BibTex)).ExcludeFromDescription();
        app.MapGet("/authors/{slug}.ris", (string slug, HttpContext context) => Author(context, slug, CitationFile.Ris)).ExcludeFromDescription();
        return app;
    }

    private static async Task Paper(HttpContext context, string id, CitationFile file)
    {
        if (Cite(context, id) is not { } citation)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await file.WriteAsync(context.Response, citation.Key, [citation]);
    }

    private static async Task PaperCslJson(string id, HttpContext context)
    {
        if (Cite(context, id) is not { } citation)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/vnd.citationstyles.csl+json; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"inline; filename=\"{citation.Key}.csl.json\"";
        await context.Response.WriteAsync(CslJsonWriter.Write([citation]), CitationFile.Utf8);
    }

    private static Task Search(HttpContext context, CitationFile file)
    {
        var request = SearchParameters.From(context.Request.Query);
        var papers = context.RequestServices.GetRequiredService<PaperExport>().Search(request);
        return file.WriteAsync(context.Response, "papers", Citations(context, papers));
    }

    private static async Task Author(HttpContext context, string slug, CitationFile file)
    {
        var papers = context.RequestServices.GetRequiredService<PaperExport>().ByAuthor(slug);
        using var enumerator = Citations(context, papers).GetEnumerator();
        if (!enumerator.MoveNext())
        {
            // Everyone in the catalog has a paper: no papers means no such author, or a spelling's slug that moved.
            MovedAuthor.Answer(context, slug, file == CitationFile.BibTex ? CatalogUrls.AuthorBibTex : CatalogUrls.AuthorRis);
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

    private static Citation? Cite(HttpContext context, string id) =>
        context.RequestServices.GetRequiredService<PaperQueries>().Get(id) is { } paper
            ? context.RequestServices.GetRequiredService<PaperCitations>().For(paper, SiteAddress.Of(context.Request))
            : null;

    private static IEnumerable<Citation> Citations(HttpContext context, IEnumerable<Data.Model.PaperDetail> papers)
    {
        var citations = context.RequestServices.GetRequiredService<PaperCitations>();
        var site = SiteAddress.Of(context.Request);
        return papers.Select(paper => citations.For(paper, site));
    }
}
