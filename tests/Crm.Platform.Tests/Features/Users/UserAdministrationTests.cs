using System.Net;
using System.Text.Json;
using Crm.Platform.Tests.Support;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Platform.Tests.Features.Users;

public sealed class UserAdministrationTests(CrmApp app) : IClassFixture<CrmApp>
{
    [Fact]
    public async Task Users_are_listed_by_display_name_in_keyset_pages()
    {
        var team = await app.CreateTeamAsync();
        var carol = await app.CreateUserAsync("Carol Page", teamIds: [team]);
        var alice = await app.CreateUserAsync("Alice Page", teamIds: [team]);
        var bob = await app.CreateUserAsync("Bob Page", teamIds: [team]);
        var admin = await app.AdminAsync();

        var first = await (await admin.GetAsync($"/api/v1/platform/users?teamId={team}&limit=2")).ShouldBeOkAsync();
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await admin.GetAsync($"/api/v1/platform/users?teamId={team}&limit=2&cursor={cursor}")).ShouldBeOkAsync();

        Assert.Equal([alice.Id, bob.Id], first.GetProperty("items").EnumerateArray().Select(u => u.Id()));
        Assert.Equal([carol.Id], second.GetProperty("items").EnumerateArray().Select(u => u.Id()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Users_are_filtered_by_text_role_team_and_active()
    {
        var role = await app.CreateRoleAsync(["customers.read"], DataScope.Own);
        var team = await app.CreateTeamAsync();
        var token = Guid.NewGuid().ToString("N")[..8];
        var inRole = await app.CreateUserAsync($"Filter {token} One", roleIds: [role]);
        var inTeam = await app.CreateUserAsync($"Filter {token} Two", teamIds: [team]);
        var inactive = await app.CreateUserAsync($"Filter {token} Three", roleIds: [role]);
        var admin = await app.AdminAsync();
        await (await admin.PostEmptyAsync($"/api/v1/platform/users/{inactive.Id}/deactivate")).ShouldBeOkAsync();

        async Task<Guid[]> Ids(string query) =>
            [.. (await (await admin.GetAsync($"/api/v1/platform/users?{query}")).ShouldBeOkAsync()).GetProperty("items").EnumerateArray().Select(u => u.Id())];

        Assert.Equal([inRole.Id, inactive.Id, inTeam.Id], await Ids($"q={token}"));
        Assert.Equal([inRole.Id], await Ids($"q={inRole.Email.ToUpperInvariant()}"));
        Assert.Equal([inRole.Id, inactive.Id], await Ids($"roleId={role}"));
        Assert.Equal([inTeam.Id], await Ids($"teamId={team}"));
        Assert.Equal([inRole.Id], await Ids($"roleId={role}&active=true"));
        Assert.Equal([inactive.Id], await Ids($"q={token}&active=false"));
        Assert.Empty(await Ids("q=%25_nothing_"));
    }

    [Fact]
    public async Task Listing_with_a_bad_cursor_or_limit_is_400()
    {
        var admin = await app.AdminAsync();

        await (await admin.GetAsync("/api/v1/platform/users?cursor=not-a-cursor&limit=0")).ShouldBeValidationProblemAsync("cursor", "limit");
        await (await admin.GetAsync("/api/v1/platform/users?limit=201")).ShouldBeValidationProblemAsync("limit");
    }

    [Fact]
    public async Task Get_user_shows_roles_and_teams_by_name_with_version_as_etag()
    {
        var role = await app.CreateRoleAsync(["customers.read"], DataScope.Own);
        var team = await app.CreateTeamAsync();
        var (id, email) = await app.CreateUserAsync("Dana Details", [role], [team]);
        await app.SessionAsync(email);

        var response = await (await app.AdminAsync()).GetAsync($"/api/v1/platform/users/{id}");
        var user = await response.ShouldBeOkAsync();

        Assert.Equal(email, user.GetProperty("email").GetString());
        Assert.Equal("Dana Details", user.GetProperty("displayName").GetString());
        Assert.True(user.GetProperty("isActive").GetBoolean());
        Assert.Equal(JsonValueKind.Null, user.GetProperty("lockedUntil").ValueKind);
        Assert.True(user.GetProperty("lastLoginAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal(role, user.GetProperty("roles")[0].Id());
        Assert.StartsWith("Role ", user.GetProperty("roles")[0].GetProperty("name").GetString());
        Assert.Equal(team, user.GetProperty("teams")[0].Id());
        Assert.StartsWith("Team ", user.GetProperty("teams")[0].GetProperty("name").GetString());
        Assert.Equal($"\"{user.Version()}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Get_unknown_user_is_404_problem()
    {
        await (await (await app.AdminAsync()).GetAsync($"/api/v1/platform/users/{Guid.NewGuid()}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "platform.user_not_found");
    }

    [Fact]
    public async Task Update_user_replaces_email_name_roles_and_teams()
    {
        var oldRole = await app.CreateRoleAsync(["customers.read"], DataScope.Own);
        var newRole = await app.CreateRoleAsync(["sales.read"], DataScope.Team);
        var team = await app.CreateTeamAsync();
        var (id, _) = await app.CreateUserAsync("Before", [oldRole]);
        var before = await app.GetUserAsync(id);
        var email = $"renamed-{Guid.NewGuid():N}@test.local";

        var after = await (await (await app.AdminAsync()).PutJsonAsync($"/api/v1/platform/users/{id}",
                new { email, displayName = "After", roleIds = new[] { newRole }, teamIds = new[] { team }, version = before.Version() }))
            .ShouldBeOkAsync();

        Assert.Equal(email, after.GetProperty("email").GetString());
        Assert.Equal("After", after.GetProperty("displayName").GetString());
        Assert.Equal([newRole], after.GetProperty("roles").EnumerateArray().Select(r => r.Id()));
        Assert.Equal([team], after.GetProperty("teams").EnumerateArray().Select(t => t.Id()));
        Assert.NotEqual(before.Version(), after.Version());
        var session = await app.SessionAsync(email);
        Assert.Equal(["sales.read"], session.GetProperty("user").GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Stale_update_returns_409_with_current_version_and_state()
    {
        var (id, email) = await app.CreateUserAsync("Stale");
        var read = await app.GetUserAsync(id);
        var admin = await app.AdminAsync();
        var current = await (await admin.PutJsonAsync($"/api/v1/platform/users/{id}",
            new { email, displayName = "First writer", roleIds = Array.Empty<Guid>(), teamIds = Array.Empty<Guid>(), version = read.Version() })).ShouldBeOkAsync();

        var problem = await (await admin.PutJsonAsync($"/api/v1/platform/users/{id}",
                new { email, displayName = "Second writer", roleIds = Array.Empty<Guid>(), teamIds = Array.Empty<Guid>(), version = read.Version() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "concurrency.stale_version");

        Assert.Equal(current.Version(), problem.GetProperty("currentVersion").GetUInt32());
        Assert.Equal("First writer", problem.GetProperty("current").GetProperty("displayName").GetString());
        Assert.Equal("First writer", (await app.GetUserAsync(id)).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Update_accepts_the_version_as_if_match()
    {
        var (id, email) = await app.CreateUserAsync("Etag");
        var read = await app.GetUserAsync(id);
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/platform/users/{id}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(
                new { email, displayName = "Etag changed", roleIds = Array.Empty<Guid>(), teamIds = Array.Empty<Guid>() }, options: CrmApp.Json),
        };
        request.Headers.IfMatch.Add(new($"\"{read.Version()}\""));

        var updated = await (await (await app.AdminAsync()).SendAsync(request)).ShouldBeOkAsync();

        Assert.Equal("Etag changed", updated.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Update_to_an_email_in_use_is_409_email_taken()
    {
        var (_, taken) = await app.CreateUserAsync();
        var (id, _) = await app.CreateUserAsync();
        var read = await app.GetUserAsync(id);

        await (await (await app.AdminAsync()).PutJsonAsync($"/api/v1/platform/users/{id}",
                new { email = taken.ToUpperInvariant(), displayName = "Dup", roleIds = Array.Empty<Guid>(), teamIds = Array.Empty<Guid>(), version = read.Version() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "platform.email_taken");
    }

    [Fact]
    public async Task Invalid_update_is_400_naming_each_field()
    {
        var (id, _) = await app.CreateUserAsync();
        var admin = await app.AdminAsync();

        await (await admin.PutJsonAsync($"/api/v1/platform/users/{id}", new { email = "not-an-email", displayName = "", roleIds = (Guid[]?)null, teamIds = (Guid[]?)null }))
            .ShouldBeValidationProblemAsync("email", "displayName", "roleIds", "teamIds", "version");

        var read = await app.GetUserAsync(id);
        await (await admin.PutJsonAsync($"/api/v1/platform/users/{id}",
                new { email = "ok@test.local", displayName = "Ok", roleIds = new[] { Guid.NewGuid() }, teamIds = Array.Empty<Guid>(), version = read.Version() }))
            .ShouldBeValidationProblemAsync("roleIds");
    }

    [Fact]
    public async Task Deactivating_a_user_ends_their_sessions_and_refuses_sign_in_until_activated()
    {
        var (id, email) = await app.CreateUserAsync();
        var session = await app.SessionAsync(email);
        var admin = await app.AdminAsync();

        var deactivated = await (await admin.PostEmptyAsync($"/api/v1/platform/users/{id}/deactivate")).ShouldBeOkAsync();

        Assert.False(deactivated.GetProperty("isActive").GetBoolean());
        await (await app.RefreshAsync(session.RefreshToken())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "platform.invalid_refresh_token");
        await (await app.LoginAsync(email, PlatformApi.Password)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "platform.invalid_credentials");

        var activated = await (await admin.PostEmptyAsync($"/api/v1/platform/users/{id}/activate")).ShouldBeOkAsync();

        Assert.True(activated.GetProperty("isActive").GetBoolean());
        await (await app.LoginAsync(email, PlatformApi.Password)).ShouldBeOkAsync();
    }

    [Fact]
    public async Task Administrator_cannot_deactivate_themselves()
    {
        var admin = await app.AdminAsync();
        var me = await (await admin.GetAsync("/api/v1/platform/me")).ShouldBeOkAsync();

        await (await admin.PostEmptyAsync($"/api/v1/platform/users/{me.Id()}/deactivate"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "platform.cannot_deactivate_self");
    }

    [Fact]
    public async Task Reset_password_replaces_the_password_and_ends_every_session()
    {
        var (id, email) = await app.CreateUserAsync();
        var session = await app.SessionAsync(email);
        const string reset = "Set-by-the-administrator";

        await (await (await app.AdminAsync()).PostJsonAsync($"/api/v1/platform/users/{id}/reset-password", new { newPassword = reset }))
            .ShouldBeAsync(HttpStatusCode.NoContent);

        await (await app.RefreshAsync(session.RefreshToken())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "platform.invalid_refresh_token");
        await (await app.LoginAsync(email, PlatformApi.Password)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "platform.invalid_credentials");
        await (await app.LoginAsync(email, reset)).ShouldBeOkAsync();
    }

    [Fact]
    public async Task Reset_password_lifts_a_lockout()
    {
        var (id, email) = await app.CreateUserAsync();
        for (var attempt = 0; attempt < 5; attempt++) await app.LoginAsync(email, "wrong-password");
        await (await app.LoginAsync(email, PlatformApi.Password)).ShouldBeProblemAsync(HttpStatusCode.Locked, "platform.account_locked");
        const string reset = "Set-after-the-lockout";

        await (await (await app.AdminAsync()).PostJsonAsync($"/api/v1/platform/users/{id}/reset-password", new { newPassword = reset }))
            .ShouldBeAsync(HttpStatusCode.NoContent);

        await (await app.LoginAsync(email, reset)).ShouldBeOkAsync();
    }

    [Fact]
    public async Task Reset_password_that_is_too_short_is_400_and_unknown_user_is_404()
    {
        var (id, _) = await app.CreateUserAsync();
        var admin = await app.AdminAsync();

        await (await admin.PostJsonAsync($"/api/v1/platform/users/{id}/reset-password", new { newPassword = "short" }))
            .ShouldBeValidationProblemAsync("newPassword");
        await (await admin.PostJsonAsync($"/api/v1/platform/users/{Guid.NewGuid()}/reset-password", new { newPassword = PlatformApi.Password }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "platform.user_not_found");
    }
}
