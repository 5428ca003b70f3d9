using Scalar.AspNetCore;

namespace Catalog.Web.Api;

/// <summary>The read-only JSON API under /api, its OpenAPI 3.1 document at /openapi/v1.json and its reference page at
/// /scalar/ (Scalar serves its own script from the app, no CDN, and its default web fonts are off). Its page has one
/// inline module script: a Content-Security-Policy of script-src 'self' needs that script's hash on /scalar/.</summary>
public static class ApiEndpoints
{
    private const string CorsPolicy = "read-only";

    public static IServiceCollection AddCatalogApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi(options => options.AddDocumentTransformer<ApiDocumentDescription>());
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy.AllowAnyOrigin().WithMethods("GET").AllowAnyHeader()));
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireCors(CorsPolicy).WithTags(ApiDocumentDescription.Tag)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/papers", PaperApi.List).WithName("ListPapers").WithSearchParameters()
            .WithSummary("Search and browse papers")
            .WithDescription("The parameters of the results page /papers, and size. didYouMean is a corrected search with more results, offered for a search with fewer than 3, or null.");
        api.MapGet("/papers/{id}", PaperApi.Get).WithName("GetPaper").WithSummary("One paper, with its abstract's Markdown")
            .WithDescription("The paper as /api/papers lists it, with its abstract's Markdown, its source and the papers most similar to it. A paper id the catalog does not have answers 404.");
        api.MapGet("/authors", AuthorApi.List).WithName("ListAuthors")
            .WithSummary("The author index")
            .WithDescription("q narrows by a name prefix (any word of the name, accents folded), sort is name, family or papers, 100 a page.");
        api.MapGet("/authors/{id}", AuthorApi.Get).WithName("GetAuthor").WithSummary("A person: spellings, papers and co-authors")
            .WithDescription("A person of the catalog: the spellings of their name, their ORCID iD, their papers newest first and all their co-authors. An id no person has answers 404.");
        app.MapOpenApi().RequireCors(CorsPolicy);
        app.MapScalarApiReference(options => options.WithTitle("Catalog API").DisableDefaultFonts());
        return app;
    }
}
