using System.Net;
using Crm.Platform.Tests.Support;
using Crm.TestKit;

namespace Crm.Platform.Tests.Features.Auth;

public sealed class LockoutTests(CrmApp app) : IClassFixture<CrmApp>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_until_an_administrator_unlocks_it()
    {
        var (id, email) = await app.CreateUserAsync();

        for (var attempt = 1; attempt < 5; attempt++)
            await (await app.LoginAsync(email, "wrong-password")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "platform.invalid_credentials");
        var locked = await (await app.LoginAsync(email, "wrong-password")).ShouldBeProblemAsync(HttpStatusCode.Locked, "platform.account_locked");
        var until = locked.GetProperty("lockedUntil").GetDateTimeOffset();
        Assert.True(until > DateTimeOffset.UtcNow.AddMinutes(10), $"locked until {until:O}");

        // Even the right password is refused while the lockout lasts.
        await (await app.LoginAsync(email, PlatformApi.Password)).ShouldBeProblemAsync(HttpStatusCode.Locked, "platform.account_locked");
        var stored = (await app.GetUserAsync(id)).GetProperty("lockedUntil").GetDateTimeOffset();
        Assert.True(Math.Abs((stored - until).TotalMilliseconds) < 1, $"{stored:O} vs {until:O}"); // PostgreSQL keeps microseconds

        var unlocked = await (await (await app.AdminAsync()).PostEmptyAsync($"/api/v1/platform/users/{id}/unlock")).ShouldBeOkAsync();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, unlocked.GetProperty("lockedUntil").ValueKind);
        await (await app.LoginAsync(email, PlatformApi.Password)).ShouldBeOkAsync();
    }

    [Fact]
    public async Task A_successful_sign_in_resets_the_count_of_failures()
    {
        var (_, email) = await app.CreateUserAsync();
        for (var attempt = 0; attempt < 4; attempt++) await app.LoginAsync(email, "wrong-password");

        await (await app.LoginAsync(email, PlatformApi.Password)).ShouldBeOkAsync();

        for (var attempt = 0; attempt < 4; attempt++)
            await (await app.LoginAsync(email, "wrong-password")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "platform.invalid_credentials");
    }

    [Fact]
    public async Task Unlocking_an_unknown_user_is_404()
    {
        await (await (await app.AdminAsync()).PostEmptyAsync($"/api/v1/platform/users/{Guid.NewGuid()}/unlock"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "platform.user_not_found");
    }
}
