using System.Net;
using Crm.Platform.Tests.Support;
using Crm.TestKit;

namespace Crm.Platform.Tests.Features.Auth;

public sealed class SessionTests(CrmApp app) : IClassFixture<CrmApp>
{
    [Fact]
    public async Task Sign_in_returns_tokens_and_the_access_token_identifies_the_user()
    {
        var (id, email) = await app.CreateUserAsync("Signing In");

        var session = await app.SessionAsync(email);

        Assert.False(string.IsNullOrEmpty(session.RefreshToken()));
        Assert.Equal(id, session.GetProperty("user").Id());
        var me = await (await app.ClientFor(session).GetAsync("/api/v1/platform/me")).ShouldBeOkAsync();
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal("Signing In", me.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Refresh_rotates_the_token_and_the_old_one_then_fails()
    {
        var (_, email) = await app.CreateUserAsync();
        var first = await app.SessionAsync(email);

        var second = await (await app.RefreshAsync(first.RefreshToken())).ShouldBeOkAsync();

        Assert.NotEqual(first.RefreshToken(), second.RefreshToken());
        await (await app.ClientFor(second).GetAsync("/api/v1/platform/me")).ShouldBeOkAsync();
        await (await app.RefreshAsync(first.RefreshToken())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "platform.refresh_token_reused");
    }

    [Fact]
    public async Task Reusing_a_rotated_token_revokes_the_whole_family_but_not_other_sign_ins()
    {
        var (_, email) = await app.CreateUserAsync();
        var stolen = await app.SessionAsync(email);
        var otherDevice = await app.SessionAsync(email);
        var newest = await (await app.RefreshAsync(stolen.RefreshToken())).ShouldBeOkAsync();

        await (await app.RefreshAsync(stolen.RefreshToken())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "platform.refresh_token_reused");

        await (await app.RefreshAsync(newest.RefreshToken())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "platform.invalid_refresh_token");
        await (await app.RefreshAsync(otherDevice.RefreshToken())).ShouldBeOkAsync();
    }

    [Fact]
    public async Task Logout_revokes_the_refresh_token()
    {
        var (_, email) = await app.CreateUserAsync();
        var session = await app.SessionAsync(email);

        await (await app.Anonymous().PostJsonAsync("/api/v1/platform/auth/logout", new { refreshToken = session.RefreshToken() }))
            .ShouldBeAsync(HttpStatusCode.NoContent);

        await (await app.RefreshAsync(session.RefreshToken())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "platform.invalid_refresh_token");
    }

    [Fact]
    public async Task Unknown_refresh_token_is_401_and_an_empty_one_is_400()
    {
        await (await app.RefreshAsync("not-a-token")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "platform.invalid_refresh_token");
        await (await app.RefreshAsync("")).ShouldBeValidationProblemAsync("refreshToken");
    }
}
