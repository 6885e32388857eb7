using System.Net;
using Crm.Platform.Tests.Support;
using Crm.TestKit;

namespace Crm.Platform.Tests.Features.Auth;

public sealed class ChangePasswordTests(CrmApp app) : IClassFixture<CrmApp>
{
    private const string NewPassword = "A-brand-new-passphrase";

    [Fact]
    public async Task Wrong_current_password_is_400_with_an_error_on_currentPassword()
    {
        var (_, email) = await app.CreateUserAsync();
        var client = app.ClientFor(await app.SessionAsync(email));

        await (await client.PostJsonAsync("/api/v1/platform/auth/change-password", new { currentPassword = "not-my-password", newPassword = NewPassword }))
            .ShouldBeValidationProblemAsync("currentPassword");

        await (await app.LoginAsync(email, PlatformApi.Password)).ShouldBeOkAsync();
    }

    [Fact]
    public async Task Changed_password_replaces_the_old_one_and_ends_every_session()
    {
        var (_, email) = await app.CreateUserAsync();
        var session = await app.SessionAsync(email);
        var otherSession = await app.SessionAsync(email);

        await (await app.ClientFor(session).PostJsonAsync("/api/v1/platform/auth/change-password",
                new { currentPassword = PlatformApi.Password, newPassword = NewPassword }))
            .ShouldBeAsync(HttpStatusCode.NoContent);

        await (await app.LoginAsync(email, PlatformApi.Password)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "platform.invalid_credentials");
        await (await app.LoginAsync(email, NewPassword)).ShouldBeOkAsync();
        await (await app.RefreshAsync(session.RefreshToken())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "platform.invalid_refresh_token");
        await (await app.RefreshAsync(otherSession.RefreshToken())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "platform.invalid_refresh_token");
    }

    [Fact]
    public async Task Too_short_new_password_is_400_with_an_error_on_newPassword()
    {
        var (_, email) = await app.CreateUserAsync();
        var client = app.ClientFor(await app.SessionAsync(email));

        await (await client.PostJsonAsync("/api/v1/platform/auth/change-password", new { currentPassword = PlatformApi.Password, newPassword = "short" }))
            .ShouldBeValidationProblemAsync("newPassword");
    }
}
