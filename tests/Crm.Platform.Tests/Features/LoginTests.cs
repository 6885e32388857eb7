using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.TestKit;

namespace Crm.Platform.Tests.Features;

public sealed class LoginTests(CrmApp app) : IClassFixture<CrmApp>
{
    [Fact]
    public async Task Administrator_signs_in_and_reads_their_profile()
    {
        var admin = await app.AdminAsync();

        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/platform/me", CrmApp.Json);

        Assert.Equal(CrmApiFactory.AdminEmail, me.GetProperty("email").GetString());
        Assert.Equal("All", me.GetProperty("scope").GetString());
        Assert.Contains("customers.manage", me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Wrong_password_is_401_problem_with_stable_code()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/platform/auth/login",
            new { email = CrmApiFactory.AdminEmail, password = "not-the-password" }, CrmApp.Json);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(CrmApp.Json);
        Assert.Equal("https://crm.dev/errors/platform.invalid_credentials", problem.GetProperty("type").GetString());
        Assert.Equal("platform.invalid_credentials", problem.GetProperty("code").GetString());
    }
}
