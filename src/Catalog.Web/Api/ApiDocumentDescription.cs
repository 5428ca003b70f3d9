using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Catalog.Web.Api;

/// <summary>What the API's document says of itself, beyond its operations: title and purpose, licence, the server's
/// address, its one tag, and that no operation needs authentication (an empty security requirement), as OpenAPI linters
/// ask a public API to say.</summary>
public sealed class ApiDocumentDescription : IOpenApiDocumentTransformer
{
    public const string Tag = "Catalog";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Catalog API";
        document.Info.Description = "The catalog's papers and authors as JSON: the search of /papers with its filters and counts, one paper, "
            + "the author index and one person. Read-only and open: no operation needs authentication, and every answer may be fetched from any origin.";
        document.Info.License = new OpenApiLicense
        {
            Name = "CC0 1.0 for the catalog's metadata; each abstract keeps its authors' licence",
            Identifier = "CC0-1.0",
        };
        // The generated address ends in a slash, which would double the one every path starts with.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Tags = new HashSet<OpenApiTag> { new() { Name = Tag, Description = "Papers, searches and people of the catalog." } };
        foreach (var operation in document.Paths.Values.SelectMany(path => (IEnumerable<OpenApiOperation>?)path.Operations?.Values ?? []))
        {
            operation.Security = [new OpenApiSecurityRequirement()];
        }

        return Task.CompletedTask;
    }
}
