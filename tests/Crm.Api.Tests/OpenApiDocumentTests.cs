using System.Net;
using System.Text.Json;
using Crm.TestKit;

namespace Crm.Api.Tests;

/// <summary>The OpenAPI document is the contract generated clients are built from; these are its promises.</summary>
public sealed class OpenApiDocumentTests(CrmApp app) : IClassFixture<CrmApp>
{
    private async Task<JsonElement> DocumentAsync()
    {
        var response = await app.Anonymous().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement doc) =>
        doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject()
                .Where(m => m.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(m => (p.Name, m.Name, m.Value)));

    [Fact]
    public async Task Document_is_openapi_3_with_a_bearer_scheme()
    {
        var doc = await DocumentAsync();

        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString());
        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task Every_operation_has_a_unique_operation_id()
    {
        var operations = Operations(await DocumentAsync()).ToList();

        Assert.NotEmpty(operations);
        var missing = operations.Where(o => !o.Operation.TryGetProperty("operationId", out _)).Select(o => $"{o.Method} {o.Path}").ToList();
        Assert.True(missing.Count == 0, "Without operationId: " + string.Join("; ", missing));
        var ids = operations.Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Guarded_operations_name_the_bearer_scheme_and_sign_in_does_not()
    {
        var operations = Operations(await DocumentAsync()).ToDictionary(o => o.Operation.GetProperty("operationId").GetString()!, o => o.Operation);

        Assert.False(operations["Login"].TryGetProperty("security", out _));
        Assert.Equal("Bearer", operations["GetCurrentUser"].GetProperty("security")[0].EnumerateObject().Single().Name);
        Assert.True(operations["CreateContact"].TryGetProperty("security", out _));
    }

    [Fact]
    public async Task Enums_are_strings_in_the_contract()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");

        var tier = schemas.GetProperty("CustomerTier");
        Assert.Equal("string", tier.GetProperty("type").GetString());
        Assert.Contains("A", tier.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Parameters_are_camel_case_like_the_json()
    {
        var parameters = Operations(await DocumentAsync())
            .Where(o => o.Operation.TryGetProperty("parameters", out _))
            .SelectMany(o => o.Operation.GetProperty("parameters").EnumerateArray().Select(p => $"{o.Path} {p.GetProperty("name").GetString()}"))
            .ToList();

        Assert.Contains(parameters, p => p.EndsWith(" cursor", StringComparison.Ordinal));
        Assert.DoesNotContain(parameters, p => char.IsUpper(p.Split(' ')[1][0]));
    }

    [Fact]
    public async Task Versions_are_64_bit_and_fields_with_defaults_are_optional()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");

        Assert.Equal("int64", schemas.GetProperty("ContactDetails").GetProperty("properties").GetProperty("version").GetProperty("format").GetString());
        var required = schemas.GetProperty("CreateContact").GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Equal(["fullName"], required);
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        var response = await app.Anonymous().GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
