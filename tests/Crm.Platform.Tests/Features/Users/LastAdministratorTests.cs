using System.Net;
using Crm.Platform.Tests.Support;
using Crm.TestKit;

namespace Crm.Platform.Tests.Features.Users;

/// <summary>
/// At least one active user keeps the Administrator role. Every test here leaves the seeded administrator
/// the only active one, so the tests do not depend on their order.
/// </summary>
public sealed class LastAdministratorTests(CrmApp app) : IClassFixture<CrmApp>
{
    [Fact]
    public async Task Removing_the_administrator_role_from_the_last_administrator_is_422()
    {
        var admin = await app.AdminAsync();
        var me = await app.GetUserAsync((await (await admin.GetAsync("/api/v1/platform/me")).ShouldBeOkAsync()).Id());

        await (await admin.PutJsonAsync($"/api/v1/platform/users/{me.Id()}", new
            {
                email = CrmApiFactory.AdminEmail,
                displayName = "Administrator",
                roleIds = Array.Empty<Guid>(),
                teamIds = me.GetProperty("teams").EnumerateArray().Select(t => t.Id()).ToArray(),
                version = me.Version(),
            }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "platform.last_administrator");

        Assert.Equal(["Administrator"], (await app.GetUserAsync(me.Id())).GetProperty("roles").Strings("name"));
    }

    [Fact]
    public async Task Deactivating_the_last_administrator_is_422_even_for_another_manager()
    {
        var manager = await app.CreateUserAsync(["platform.read", "platform.manage"]);
        var adminId = (await (await (await app.AdminAsync()).GetAsync("/api/v1/platform/me")).ShouldBeOkAsync()).Id();

        await (await manager.Client.PostEmptyAsync($"/api/v1/platform/users/{adminId}/deactivate"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "platform.last_administrator");

        Assert.True((await app.GetUserAsync(adminId)).GetProperty("isActive").GetBoolean());
    }

    [Fact]
    public async Task Another_active_administrator_can_be_deactivated_and_then_no_longer_counts()
    {
        var adminRole = await app.AdministratorRoleIdAsync();
        var (second, _) = await app.CreateUserAsync("Second Admin", [adminRole]);
        var admin = await app.AdminAsync();

        await (await admin.PostEmptyAsync($"/api/v1/platform/users/{second}/deactivate")).ShouldBeOkAsync();

        var manager = await app.CreateUserAsync(["platform.read", "platform.manage"]);
        var adminId = (await (await admin.GetAsync("/api/v1/platform/me")).ShouldBeOkAsync()).Id();
        await (await manager.Client.PostEmptyAsync($"/api/v1/platform/users/{adminId}/deactivate"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "platform.last_administrator");
    }

    [Fact]
    public async Task Administrator_role_can_be_taken_from_one_of_several_administrators()
    {
        var adminRole = await app.AdministratorRoleIdAsync();
        var (second, email) = await app.CreateUserAsync("Demoted Admin", [adminRole]);
        var read = await app.GetUserAsync(second);

        var demoted = await (await (await app.AdminAsync()).PutJsonAsync($"/api/v1/platform/users/{second}",
                new { email, displayName = "Demoted Admin", roleIds = Array.Empty<Guid>(), teamIds = Array.Empty<Guid>(), version = read.Version() }))
            .ShouldBeOkAsync();

        Assert.Empty(demoted.GetProperty("roles").EnumerateArray());
    }
}
