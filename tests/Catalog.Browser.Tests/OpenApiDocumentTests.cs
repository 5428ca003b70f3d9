using System.Text.Json;
using Catalog.Browser.Tests.Infrastructure;
using Catalog.Components;

namespace Catalog.Browser.Tests;

/// <summary>The API's OpenAPI document as its consumers read it: Redocly's linter finds nothing to warn of under its
/// recommended rules, and every operation, parameter, schema and property says what it is.</summary>
[Collection(Consumers.Name)]
public sealed class OpenApiDocumentTests(ConsumerServer catalog)
{
    [OpenApiLinterFact]
    public async Task Redocly_finds_no_error_or_warning_under_its_recommended_rules()
    {
        using var client = catalog.CreateClient();
        var document = await client.GetStringAsync(new Uri(CatalogUrls.OpenApiDocument, UriKind.Relative));

        var problems = await OpenApiLinter.LintAsync(document);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Every_operation_parameter_schema_and_property_is_described()
    {
        using var client = catalog.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri(CatalogUrls.OpenApiDocument, UriKind.Relative)));
        var root = document.RootElement;
        var missing = new List<string>();

        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                Described(missing, $"{operation.Name} {path.Name}", operation.Value);
                foreach (var parameter in operation.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : default)
                {
                    Described(missing, $"{operation.Name} {path.Name} parameter {parameter.GetProperty("name").GetString()}", parameter);
                }
            }
        }

        foreach (var schema in root.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            Described(missing, $"schema {schema.Name}", schema.Value);
            foreach (var property in schema.Value.TryGetProperty("properties", out var ps) ? ps.EnumerateObject() : default)
            {
                Described(missing, $"schema {schema.Name} property {property.Name}", property.Value);
            }
        }

        Assert.True(missing.Count == 0, $"Not described:\n{string.Join('\n', missing)}");
    }

    private static void Described(List<string> missing, string what, JsonElement element)
    {
        if (!element.TryGetProperty("description", out var description) || string.IsNullOrWhiteSpace(description.GetString()))
        {
            missing.Add(what);
        }
    }
}
