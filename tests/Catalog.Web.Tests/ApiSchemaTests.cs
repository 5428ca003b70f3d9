using System.Net;
using System.Text.Json.Nodes;
using Catalog.Web.Tests.Infrastructure;
using Json.Schema;
using Microsoft.OpenApi;

namespace Catalog.Web.Tests;

/// <summary>Every operation the OpenAPI document lists is called, and each answer is checked against the schema the
/// document gives for its status: the document is read with Microsoft.OpenApi's reader, the schemas (OpenAPI 3.1 schemas
/// are JSON Schema 2020-12) are evaluated with JsonSchema.Net.</summary>
public sealed class ApiSchemaTests(FixtureCatalog catalog) : IClassFixture<FixtureCatalog>
{
    // Arguments for each documented path: answers that should be found, and one that should not.
    private static readonly Dictionary<string, (string[] Found, string Missing)> s_calls = new(StringComparer.Ordinal)
    {
        ["/api/papers"] = (["/api/papers", "/api/papers?q=transformer&author=ada-lovelace&size=2&more=authors", "/api/papers?year=2022&sort=title", "/api/papers?q=transfromer"], "/api/papers?size=0"),
        ["/api/papers/{id}"] = (["/api/papers/2210.07998", "/api/papers/parallels"], "/api/papers/no-such-paper"),
        ["/api/authors"] = (["/api/authors", "/api/authors?q=lu&sort=papers"], "/api/authors?page=x"),
        ["/api/authors/{id}"] = (["/api/authors/ada-lovelace"], "/api/authors/no-one"),
    };

    private readonly HttpClient _client = catalog.CreatePageClient();

    [Fact]
    public async Task Every_documented_operation_answers_as_its_schema_says()
    {
        var text = await _client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        var read = await OpenApiDocument.LoadAsync(stream, "json");
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        var document = read.Document!;
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, read.Diagnostic!.SpecificationVersion);
        var raw = JsonNode.Parse(text)!;

        var paths = document.Paths.Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(s_calls.Keys.Order(StringComparer.Ordinal), paths);
        foreach (var path in paths)
        {
            var operations = document.Paths[path].Operations!;
            Assert.Equal([HttpMethod.Get], operations.Keys);
            var (found, missing) = s_calls[path];
            foreach (var url in found)
            {
                await CheckAsync(raw, path, url, HttpStatusCode.OK);
            }

            await CheckAsync(raw, path, missing, missing.Contains('?', StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.NotFound);
        }
    }

    private async Task CheckAsync(JsonNode document, string path, string url, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"GET {url} answered {(int)response.StatusCode}, not {(int)status}: {body}");
        var code = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var media = response.Content.Headers.ContentType!.MediaType!;
        var schema = document["paths"]![path]!["get"]!["responses"]![code]?["content"]?[media]?["schema"];
        Assert.True(schema is not null, $"The document gives no {media} schema for {code} of GET {path}.");

        var results = ResponseSchema(document, schema).Evaluate(System.Text.Json.JsonDocument.Parse(body).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, $"GET {url} does not match its schema:\n{string.Join('\n', Errors(results))}");
    }

    /// <summary>The response's schema with the document's component schemas as $defs, so that its references resolve.</summary>
    private static JsonSchema ResponseSchema(JsonNode document, JsonNode schema)
    {
        var definitions = document["components"]?["schemas"]?.ToJsonString() ?? "{}";
        var wrapper = $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$defs":{{definitions}},"allOf":[{{schema.ToJsonString()}}]}""";
        return JsonSchema.FromText(wrapper.Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
}
