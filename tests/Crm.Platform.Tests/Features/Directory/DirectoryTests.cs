using System.Net;
using Crm.Platform.Tests.Support;
using Crm.TestKit;

namespace Crm.Platform.Tests.Features.Directory;

public sealed class DirectoryTests(CrmApp app) : IClassFixture<CrmApp>
{
    [Fact]
    public async Task Any_signed_in_staff_member_reads_active_users_and_teams_by_name()
    {
        var team = await app.CreateTeamAsync();
        var (colleague, _) = await app.CreateUserAsync("Aaron Directory", teamIds: [team]);
        var rep = await app.CreateUserAsync(["customers.read"], Crm.SharedKernel.Security.DataScope.Own, team);

        var directory = await (await rep.Client.GetAsync("/api/v1/platform/directory")).ShouldBeOkAsync();

        var users = directory.GetProperty("users").EnumerateArray().ToList();
        var aaron = Assert.Single(users, u => u.Id() == colleague);
        Assert.Equal("Aaron Directory", aaron.GetProperty("displayName").GetString());
        Assert.Contains(team, aaron.GetProperty("teamIds").EnumerateArray().Select(t => t.GetGuid()));
        Assert.Contains(directory.GetProperty("teams").EnumerateArray(), t => t.Id() == team);
        var names = users.Select(u => u.GetProperty("displayName").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Deactivated_users_are_not_in_the_directory()
    {
        var (gone, _) = await app.CreateUserAsync("Gone Directory");
        var admin = await app.AdminAsync();
        (await admin.PostAsync($"/api/v1/platform/users/{gone}/deactivate", null)).EnsureSuccessStatusCode();

        var directory = await (await admin.GetAsync("/api/v1/platform/directory")).ShouldBeOkAsync();

        Assert.DoesNotContain(directory.GetProperty("users").EnumerateArray(), u => u.Id() == gone);
    }

    [Fact]
    public async Task The_directory_needs_a_sign_in()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/platform/directory");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
