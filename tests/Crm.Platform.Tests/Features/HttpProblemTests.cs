using System.Net;
using System.Text;
using Crm.Platform.Tests.Support;
using Crm.TestKit;

namespace Crm.Platform.Tests.Features;

/// <summary>How the API refuses requests it cannot or may not serve: always a problem document with a stable code.</summary>
public sealed class HttpProblemTests(CrmApp app) : IClassFixture<CrmApp>
{
    [Fact]
    public async Task Malformed_json_body_is_400_problem_with_code_request_malformed()
    {
        var admin = await app.AdminAsync();

        var response = await admin.PostAsync("/api/v1/platform/teams",
            new StringContent("{\"name\": \"Unclosed", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
    }

    [Fact]
    public async Task Malformed_json_body_on_an_anonymous_endpoint_is_also_400_request_malformed()
    {
        var response = await app.Anonymous().PostAsync("/api/v1/platform/auth/login",
            new StringContent("{ email: ", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
    }

    [Theory]
    [InlineData("/api/v1/platform/users")]
    [InlineData("/api/v1/platform/roles")]
    [InlineData("/api/v1/platform/teams")]
    [InlineData("/api/v1/platform/permissions")]
    [InlineData("/api/v1/platform/audit")]
    [InlineData("/api/v1/platform/me")]
    public async Task Request_without_a_token_is_401_problem(string url)
    {
        var response = await app.Anonymous().GetAsync(url);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task Every_administration_write_is_403_problem_without_platform_manage()
    {
        var clerk = await app.CreateUserAsync(["platform.read", "platform.write"]);
        var user = clerk.Id;
        var role = await app.CreateRoleAsync(["customers.read"], Crm.SharedKernel.Security.DataScope.Own);
        var team = await app.CreateTeamAsync();
        var writes = new (HttpMethod Method, string Url, object? Body)[]
        {
            (HttpMethod.Post, "/api/v1/platform/users", new { email = "x@test.local", displayName = "X", password = PlatformApi.Password, roleIds = Array.Empty<Guid>() }),
            (HttpMethod.Put, $"/api/v1/platform/users/{user}", new { email = "x@test.local", displayName = "X", roleIds = Array.Empty<Guid>(), teamIds = Array.Empty<Guid>(), version = 1 }),
            (HttpMethod.Post, $"/api/v1/platform/users/{user}/deactivate", null),
            (HttpMethod.Post, $"/api/v1/platform/users/{user}/activate", null),
            (HttpMethod.Post, $"/api/v1/platform/users/{user}/unlock", null),
            (HttpMethod.Post, $"/api/v1/platform/users/{user}/reset-password", new { newPassword = PlatformApi.Password }),
            (HttpMethod.Post, "/api/v1/platform/roles", new { name = "R", permissions = Array.Empty<string>(), scope = "Own" }),
            (HttpMethod.Put, $"/api/v1/platform/roles/{role}", new { name = "R", permissions = Array.Empty<string>(), scope = "Own", version = 1 }),
            (HttpMethod.Delete, $"/api/v1/platform/roles/{role}?version=1", null),
            (HttpMethod.Post, "/api/v1/platform/teams", new { name = "T" }),
            (HttpMethod.Put, $"/api/v1/platform/teams/{team}", new { name = "T", version = 1 }),
            (HttpMethod.Delete, $"/api/v1/platform/teams/{team}?version=1", null),
        };

        foreach (var (method, url, body) in writes)
        {
            var request = new HttpRequestMessage(method, url);
            if (body is not null) request.Content = System.Net.Http.Json.JsonContent.Create(body, options: CrmApp.Json);
            var response = await clerk.Client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {url} answered {(int)response.StatusCode}");
            await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        }

        // Nothing was changed on the way.
        Assert.True((await app.GetUserAsync(user)).GetProperty("isActive").GetBoolean());
        await app.GetRoleAsync(role);
        await app.GetTeamAsync(team);
    }

    [Theory]
    [InlineData("/api/v1/platform/users")]
    [InlineData("/api/v1/platform/roles")]
    [InlineData("/api/v1/platform/teams")]
    [InlineData("/api/v1/platform/permissions")]
    public async Task Reading_the_administration_lists_is_403_problem_without_platform_read(string url)
    {
        var outsider = await app.CreateUserAsync(["customers.read"]);

        var response = await outsider.Client.GetAsync(url);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task A_user_with_platform_read_sees_the_lists()
    {
        var reader = await app.CreateUserAsync(["platform.read"]);

        var users = await (await reader.Client.GetAsync("/api/v1/platform/users")).ShouldBeOkAsync();

        Assert.Contains(CrmApiFactory.AdminEmail, users.GetProperty("items").Strings("email"));
    }
}
