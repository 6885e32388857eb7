using System.Net;
using System.Text.Json;
using Crm.TestKit;

namespace Crm.Platform.Tests.Support;

/// <summary>The administration calls tests build their scenarios from, through HTTP as a client would.</summary>
internal static class PlatformApi
{
    public const string Password = "Corr3ct-Horse-Battery";

    /// <summary>Creates a user as the administrator and returns their id and email.</summary>
    public static async Task<(Guid Id, string Email)> CreateUserAsync(
        this CrmApp app, string? displayName = null, Guid[]? roleIds = null, Guid[]? teamIds = null, string password = Password)
    {
        var email = $"u-{Guid.NewGuid():N}@test.local";
        var admin = await app.AdminAsync();
        var created = await (await admin.PostJsonAsync("/api/v1/platform/users",
                new { email, displayName = displayName ?? email[..10], password, roleIds = roleIds ?? [], teamIds = teamIds ?? [] }))
            .ShouldBeAsync(HttpStatusCode.Created);
        return (created.Id(), email);
    }

    public static async Task<Guid> AdministratorRoleIdAsync(this CrmApp app)
    {
        var admin = await app.AdminAsync();
        var roles = await (await admin.GetAsync("/api/v1/platform/roles?q=Administrator")).ShouldBeOkAsync();
        return roles.GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == "Administrator" && r.GetProperty("isSystem").GetBoolean())
            .Id();
    }

    public static async Task<JsonElement> GetUserAsync(this CrmApp app, Guid id) =>
        await (await (await app.AdminAsync()).GetAsync($"/api/v1/platform/users/{id}")).ShouldBeOkAsync();

    public static async Task<JsonElement> GetTeamAsync(this CrmApp app, Guid id) =>
        await (await (await app.AdminAsync()).GetAsync($"/api/v1/platform/teams/{id}")).ShouldBeOkAsync();

    public static async Task<JsonElement> GetRoleAsync(this CrmApp app, Guid id) =>
        await (await (await app.AdminAsync()).GetAsync($"/api/v1/platform/roles/{id}")).ShouldBeOkAsync();

    /// <summary>Signs in without keeping a client: the raw response, to check refusals or take the tokens.</summary>
    public static Task<HttpResponseMessage> LoginAsync(this CrmApp app, string email, string password) =>
        app.Anonymous().PostJsonAsync("/api/v1/platform/auth/login", new { email, password });

    /// <summary>A session's tokens (accessToken, refreshToken, user).</summary>
    public static async Task<JsonElement> SessionAsync(this CrmApp app, string email, string password = Password) =>
        await (await app.LoginAsync(email, password)).ShouldBeOkAsync();

    public static Task<HttpResponseMessage> RefreshAsync(this CrmApp app, string? refreshToken) =>
        app.Anonymous().PostJsonAsync("/api/v1/platform/auth/refresh", new { refreshToken });

    public static string RefreshToken(this JsonElement session) => session.GetProperty("refreshToken").GetString()!;

    /// <summary>A client that sends this session's access token.</summary>
    public static HttpClient ClientFor(this CrmApp app, JsonElement session)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", session.GetProperty("accessToken").GetString());
        return client;
    }
}
