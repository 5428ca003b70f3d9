using System.Text.Json.Nodes;
using Catalog.Components;
using Microsoft.OpenApi;

namespace Catalog.Web.Api;

/// <summary>Describes a search's query parameters in the API's document from <see cref="SearchParameters.All"/>, the list
/// the search reads them by, so the document and the reading cannot drift apart.</summary>
public static class SearchParametersDocument
{
    public static RouteHandlerBuilder WithSearchParameters(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var parameter in SearchParameters.All)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = parameter.Name,
                    In = ParameterLocation.Query,
                    Description = parameter.Description,
                    Schema = parameter.Repeats ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text(parameter) } : Text(parameter),
                });
            }

            return Task.CompletedTask;
        });

    private static OpenApiSchema Text(SearchParameter parameter) => new()
    {
        Type = JsonSchemaType.String,
        Enum = parameter.Values is { } values ? [.. values.Select(v => (JsonNode)JsonValue.Create(v))] : null,
    };
}
