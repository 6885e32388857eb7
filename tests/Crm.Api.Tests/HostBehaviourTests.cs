using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crm.TestKit;

namespace Crm.Api.Tests;

/// <summary>What every endpoint gets from the host: health, and a problem document for every kind of client error.</summary>
public sealed class HostBehaviourTests(CrmApp app) : IClassFixture<CrmApp>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(CrmApp.Json);
        Assert.StartsWith("https://crm.dev/errors/", problem.GetProperty("type").GetString());
        Assert.True(problem.TryGetProperty("traceId", out _));
        return problem;
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_without_a_token(string path)
    {
        var response = await app.Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Malformed_json_is_400_request_malformed()
    {
        var admin = await app.AdminAsync();

        var response = await admin.PostAsync("/api/v1/customers/contacts",
            new StringContent("{\"fullName\": \"Ann\", ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request.malformed", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Wrong_json_type_for_a_field_is_400_not_500()
    {
        var admin = await app.AdminAsync();

        var response = await admin.PostAsync("/api/v1/customers/contacts",
            new StringContent("{\"fullName\": 42, \"tier\": \"Z\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await ProblemAsync(response);
    }

    [Fact]
    public async Task Missing_token_is_401_problem()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/platform/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("auth.unauthenticated", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Forged_token_is_401()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl");

        var response = await client.GetAsync("/api/v1/platform/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Missing_permission_is_403_problem()
    {
        var reader = await app.CreateUserAsync(["customers.read"]);

        var response = await reader.Client.PostAsJsonAsync("/api/v1/customers/contacts", new { fullName = "Nobody" }, CrmApp.Json);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("auth.forbidden", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Unknown_route_is_404_problem()
    {
        var admin = await app.AdminAsync();

        var response = await admin.GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("request.not_found", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Unknown_record_is_404_with_the_modules_code()
    {
        var admin = await app.AdminAsync();

        var response = await admin.GetAsync($"/api/v1/customers/contacts/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("customers.contact_not_found", (await ProblemAsync(response)).GetProperty("code").GetString());
    }
}
