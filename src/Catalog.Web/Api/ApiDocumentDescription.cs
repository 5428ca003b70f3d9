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

        DescribeGeneratedSchemas(document);
        return Task.CompletedTask;
    }

    /// <summary>The framework's ProblemDetails schema comes without words; a nullable reference (didYouMean, ranked, explain) loses its
    /// property's description in the generated oneOf.</summary>
    private static void DescribeGeneratedSchemas(OpenApiDocument document)
    {
        if (document.Components?.Schemas is not { } schemas)
        {
            return;
        }

        if (schemas.TryGetValue("ApiPaperPage", out var page) && page is OpenApiSchema { Properties: { } pageProperties })
        {
            var nullableReferences = new Dictionary<string, string>
            {
                ["didYouMean"] = "A corrected search with more results, for a search with fewer than 3, or null.",
                ["ranked"] = "What the search ranked by when it did not ask for every word (too few papers have them all, or the search is a sentence); null when every paper listed has every word.",
                ["explain"] = "What the search's text became: each term, its role and the forms searched for it; null without a query.",
            };
            foreach (var (name, description) in nullableReferences)
            {
                if (pageProperties.TryGetValue(name, out var property) && property is OpenApiSchema schema)
                {
                    schema.Description = description;
                }
            }
        }

        if (schemas.TryGetValue("ApiPaperItem", out var item) && item is OpenApiSchema { Properties: { } itemProperties }
            && itemProperties.TryGetValue("explain", out var explain) && explain is OpenApiSchema explainSchema)
        {
            explainSchema.Description = "In a search's results: why the paper is where it is; null in a list without a query.";
        }

        if (schemas.TryGetValue("ApiExplain", out var why) && why is OpenApiSchema { Properties: { } whyProperties }
            && whyProperties.TryGetValue("fusion", out var fusion) && fusion is OpenApiSchema fusionSchema)
        {
            fusionSchema.Description = "For a search ranked by words and meaning: the paper's rank in each and in the fused ranking, and its similarity; null when the words alone ranked it.";
        }

        if (schemas.TryGetValue("ProblemDetails", out var problem) && problem is OpenApiSchema details)
        {
            details.Description = "An error, as RFC 9457 problem details: what went wrong, in words a person can act on.";
            var words = new Dictionary<string, string>
            {
                ["type"] = "A URI that names the kind of error.",
                ["title"] = "The kind of error, in a few words.",
                ["status"] = "The HTTP status code.",
                ["detail"] = "What was wrong with this request: the parameter and the value the API could not read, or what was not found.",
                ["instance"] = "The request the error is about.",
            };
            foreach (var (name, property) in details.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (property is OpenApiSchema schema && words.TryGetValue(name, out var description))
                {
                    schema.Description = description;
                }
            }
        }
    }
}
