using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.TestKit;

namespace Crm.Platform.Tests.Support;

/// <summary>Status and body checks that print the response when they fail, so a failing test says why.</summary>
internal static class ApiAssertions
{
    public static async Task<JsonElement> ShouldBeAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} {status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> ShouldBeOkAsync(this HttpResponseMessage response) =>
        await response.ShouldBeAsync(HttpStatusCode.OK);

    /// <summary>An RFC 9457 problem with the given status and stable code (also the end of its type URI).</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await response.ShouldBeAsync(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal($"https://crm.dev/errors/{code}", problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>A 400 validation problem naming exactly these fields (camelCase, as the client sent them).</summary>
    public static async Task<JsonElement> ShouldBeValidationProblemAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var errors = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToArray();
        Assert.Equal(fields.Order().ToArray(), errors);
        return problem;
    }

    public static IEnumerable<string?> Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString());

    public static uint Version(this JsonElement body) => body.GetProperty("version").GetUInt32();

    public static Guid Id(this JsonElement body) => body.GetProperty("id").GetGuid();

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, CrmApp.Json);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, CrmApp.Json);

    /// <summary>POST without a body (state transitions such as /deactivate).</summary>
    public static Task<HttpResponseMessage> PostEmptyAsync(this HttpClient client, string url) =>
        client.PostAsync(url, content: null);
}
