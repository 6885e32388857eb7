using System.Net;
using Crm.Platform.Tests.Support;
using Crm.TestKit;

namespace Crm.Platform.Tests.Features.Teams;

public sealed class TeamAdministrationTests(CrmApp app) : IClassFixture<CrmApp>
{
    private static string UniqueName(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    [Fact]
    public async Task Teams_are_listed_by_name_with_member_counts()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var busy = await app.CreateTeamAsync($"B {token}");
        var empty = await app.CreateTeamAsync($"A {token}");
        await app.CreateUserAsync(teamIds: [busy]);
        await app.CreateUserAsync(teamIds: [busy, empty]);
        await app.CreateUserAsync(teamIds: [busy]);

        var teams = await (await (await app.AdminAsync()).GetAsync($"/api/v1/platform/teams?q={token}")).ShouldBeOkAsync();

        var items = teams.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([empty, busy], items.Select(t => t.Id()));
        Assert.Equal([1, 3], items.Select(t => t.GetProperty("memberCount").GetInt32()));
    }

    [Fact]
    public async Task Team_list_pages_continue_after_the_cursor()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var ids = new List<Guid>();
        foreach (var letter in new[] { "C", "A", "B" }) ids.Add(await app.CreateTeamAsync($"{letter} {token}"));
        var admin = await app.AdminAsync();

        var first = await (await admin.GetAsync($"/api/v1/platform/teams?q={token}&limit=2")).ShouldBeOkAsync();
        var second = await (await admin.GetAsync($"/api/v1/platform/teams?q={token}&limit=2&cursor={first.GetProperty("nextCursor").GetString()}")).ShouldBeOkAsync();

        Assert.Equal([ids[1], ids[2]], first.GetProperty("items").EnumerateArray().Select(t => t.Id()));
        Assert.Equal([ids[0]], second.GetProperty("items").EnumerateArray().Select(t => t.Id()));
        await (await admin.GetAsync("/api/v1/platform/teams?cursor=%%%")).ShouldBeValidationProblemAsync("cursor");
    }

    [Fact]
    public async Task Get_team_lists_its_members_by_name()
    {
        var team = await app.CreateTeamAsync();
        var zoe = await app.CreateUserAsync("Zoe Member", teamIds: [team]);
        var adam = await app.CreateUserAsync("Adam Member", teamIds: [team]);

        var response = await (await app.AdminAsync()).GetAsync($"/api/v1/platform/teams/{team}");
        var details = await response.ShouldBeOkAsync();

        Assert.Equal([adam.Id, zoe.Id], details.GetProperty("members").EnumerateArray().Select(m => m.Id()));
        Assert.Equal(["Adam Member", "Zoe Member"], details.GetProperty("members").Strings("displayName"));
        Assert.Equal(adam.Email, details.GetProperty("members")[0].GetProperty("email").GetString());
        Assert.Equal($"\"{details.Version()}\"", response.Headers.ETag?.Tag);
        await (await (await app.AdminAsync()).GetAsync($"/api/v1/platform/teams/{Guid.NewGuid()}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "platform.team_not_found");
    }

    [Fact]
    public async Task Update_team_renames_it()
    {
        var team = await app.CreateTeamAsync();
        var read = await app.GetTeamAsync(team);
        var name = UniqueName("Renamed");

        var updated = await (await (await app.AdminAsync()).PutJsonAsync($"/api/v1/platform/teams/{team}",
            new { name, description = "Northern region", version = read.Version() })).ShouldBeOkAsync();

        Assert.Equal(name, updated.GetProperty("name").GetString());
        Assert.Equal("Northern region", updated.GetProperty("description").GetString());
        Assert.NotEqual(read.Version(), updated.Version());
        Assert.Equal(name, (await app.GetTeamAsync(team)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Stale_team_update_returns_409_with_current_version()
    {
        var team = await app.CreateTeamAsync();
        var read = await app.GetTeamAsync(team);
        var admin = await app.AdminAsync();
        var winner = UniqueName("Winner");
        var current = await (await admin.PutJsonAsync($"/api/v1/platform/teams/{team}", new { name = winner, version = read.Version() })).ShouldBeOkAsync();

        var problem = await (await admin.PutJsonAsync($"/api/v1/platform/teams/{team}", new { name = UniqueName("Loser"), version = read.Version() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "concurrency.stale_version");

        Assert.Equal(current.Version(), problem.GetProperty("currentVersion").GetUInt32());
        Assert.Equal(winner, problem.GetProperty("current").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Invalid_or_duplicate_team_update_is_refused()
    {
        var taken = UniqueName("Taken");
        await app.CreateTeamAsync(taken);
        var team = await app.CreateTeamAsync();
        var read = await app.GetTeamAsync(team);
        var admin = await app.AdminAsync();

        await (await admin.PutJsonAsync($"/api/v1/platform/teams/{team}", new { name = "", description = new string('x', 501) }))
            .ShouldBeValidationProblemAsync("name", "description", "version");
        await (await admin.PutJsonAsync($"/api/v1/platform/teams/{team}", new { name = taken, version = read.Version() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "platform.team_name_taken");
        await (await admin.PutJsonAsync($"/api/v1/platform/teams/{Guid.NewGuid()}", new { name = "Nobody", version = 1 }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "platform.team_not_found");
    }

    [Fact]
    public async Task Deleting_a_team_with_members_is_409_team_in_use()
    {
        var team = await app.CreateTeamAsync();
        await app.CreateUserAsync(teamIds: [team]);
        var read = await app.GetTeamAsync(team);

        var problem = await (await (await app.AdminAsync()).DeleteAsync($"/api/v1/platform/teams/{team}?version={read.Version()}"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "platform.team_in_use");

        Assert.Equal(1, problem.GetProperty("memberCount").GetInt32());
        await app.GetTeamAsync(team);
    }

    [Fact]
    public async Task Empty_team_is_deleted_with_its_current_version()
    {
        var team = await app.CreateTeamAsync();
        var read = await app.GetTeamAsync(team);
        var admin = await app.AdminAsync();

        await (await admin.DeleteAsync($"/api/v1/platform/teams/{team}")).ShouldBeValidationProblemAsync("version");
        await (await admin.DeleteAsync($"/api/v1/platform/teams/{team}?version={read.Version() + 1}"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "concurrency.stale_version");
        await (await admin.DeleteAsync($"/api/v1/platform/teams/{team}?version={read.Version()}")).ShouldBeAsync(HttpStatusCode.NoContent);

        await (await admin.GetAsync($"/api/v1/platform/teams/{team}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "platform.team_not_found");
    }
}
