using System.Net;
using Crm.Platform.Tests.Support;
using Crm.TestKit;

namespace Crm.Platform.Tests.Features.Auth;

/// <summary>A host that allows three sign-in attempts per minute per client address.</summary>
public sealed class StrictLoginLimitApp : CrmApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["RateLimits:LoginPerMinute"] = "3" };
}

public sealed class LoginRateLimitTests(StrictLoginLimitApp app) : IClassFixture<StrictLoginLimitApp>
{
    [Fact]
    public async Task Fourth_sign_in_attempt_within_a_minute_is_429_problem()
    {
        for (var attempt = 1; attempt <= 3; attempt++)
            await (await app.LoginAsync("nobody@test.local", "wrong-password"))
                .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "platform.invalid_credentials");

        var response = await app.LoginAsync("nobody@test.local", "wrong-password");

        await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "request.rate_limited");
        Assert.True(response.Headers.RetryAfter is not null, "a Retry-After header tells the client when to try again");
    }
}
