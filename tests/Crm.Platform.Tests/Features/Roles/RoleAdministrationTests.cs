using System.Net;
using System.Text.Json;
using Crm.Platform.Tests.Support;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Platform.Tests.Features.Roles;

public sealed class RoleAdministrationTests(CrmApp app) : IClassFixture<CrmApp>
{
    private static readonly string[] AllPermissions = [.. PermissionCatalog.All];

    [Fact]
    public async Task Roles_are_listed_by_name_with_user_counts()
    {
        var admin = await app.AdminAsync();

        var roles = await (await admin.GetAsync("/api/v1/platform/roles?limit=200")).ShouldBeOkAsync();

        var items = roles.GetProperty("items").EnumerateArray().ToList();
        var names = items.Select(r => r.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        var administrator = items.Single(r => r.GetProperty("name").GetString() == "Administrator");
        Assert.True(administrator.GetProperty("isSystem").GetBoolean());
        Assert.Equal("All", administrator.GetProperty("scope").GetString());
        Assert.True(administrator.GetProperty("userCount").GetInt32() >= 1);
        Assert.Contains("Sales Rep", names);
    }

    [Fact]
    public async Task Role_list_pages_continue_after_the_cursor_without_overlap()
    {
        var admin = await app.AdminAsync();

        var first = await (await admin.GetAsync("/api/v1/platform/roles?limit=2")).ShouldBeOkAsync();
        var second = await (await admin.GetAsync($"/api/v1/platform/roles?limit=2&cursor={first.GetProperty("nextCursor").GetString()}")).ShouldBeOkAsync();
        var all = await (await admin.GetAsync("/api/v1/platform/roles?limit=4")).ShouldBeOkAsync();

        Assert.Equal(
            all.GetProperty("items").EnumerateArray().Select(r => r.Id()),
            first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(r => r.Id()));
    }

    [Fact]
    public async Task Get_role_shows_permissions_scope_and_holders_with_etag()
    {
        var user = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Team);
        var roleId = (await app.GetUserAsync(user.Id)).GetProperty("roles")[0].Id();

        var response = await (await app.AdminAsync()).GetAsync($"/api/v1/platform/roles/{roleId}");
        var role = await response.ShouldBeOkAsync();

        Assert.Equal(["customers.read", "customers.write"], role.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("Team", role.GetProperty("scope").GetString());
        Assert.Equal(1, role.GetProperty("userCount").GetInt32());
        Assert.False(role.GetProperty("isSystem").GetBoolean());
        Assert.Equal($"\"{role.Version()}\"", response.Headers.ETag?.Tag);
        await (await (await app.AdminAsync()).GetAsync($"/api/v1/platform/roles/{Guid.NewGuid()}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "platform.role_not_found");
    }

    [Fact]
    public async Task Updated_permissions_reach_the_holders_at_their_next_sign_in()
    {
        var user = await app.CreateUserAsync(["customers.read"], DataScope.Own);
        var roleId = (await app.GetUserAsync(user.Id)).GetProperty("roles")[0].Id();
        var read = await app.GetRoleAsync(roleId);
        var name = $"Renamed {Guid.NewGuid():N}"[..20];

        var updated = await (await (await app.AdminAsync()).PutJsonAsync($"/api/v1/platform/roles/{roleId}",
                new { name, description = "Reads sales too", permissions = new[] { "sales.read", "customers.read" }, scope = "Team", version = read.Version() }))
            .ShouldBeOkAsync();

        Assert.Equal(name, updated.GetProperty("name").GetString());
        Assert.Equal("Reads sales too", updated.GetProperty("description").GetString());
        Assert.Equal(["customers.read", "sales.read"], updated.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        Assert.NotEqual(read.Version(), updated.Version());
        var me = (await app.SessionAsync(user.Email, user.Password)).GetProperty("user");
        Assert.Equal(["customers.read", "sales.read"], me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("Team", me.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Invalid_role_update_is_400_naming_each_field()
    {
        var roleId = await app.CreateRoleAsync(["customers.read"], DataScope.Own);

        await (await (await app.AdminAsync()).PutJsonAsync($"/api/v1/platform/roles/{roleId}",
                new { name = "", permissions = new[] { "customers.read", "customers.fly" }, scope = "Own" }))
            .ShouldBeValidationProblemAsync("name", "permissions[1]", "version");
    }

    [Fact]
    public async Task Stale_role_update_returns_409_with_current_version()
    {
        var roleId = await app.CreateRoleAsync(["customers.read"], DataScope.Own);
        var read = await app.GetRoleAsync(roleId);
        var admin = await app.AdminAsync();
        var current = await (await admin.PutJsonAsync($"/api/v1/platform/roles/{roleId}",
            new { name = read.GetProperty("name").GetString(), permissions = new[] { "customers.write" }, scope = "Own", version = read.Version() })).ShouldBeOkAsync();

        var problem = await (await admin.PutJsonAsync($"/api/v1/platform/roles/{roleId}",
                new { name = read.GetProperty("name").GetString(), permissions = new[] { "sales.write" }, scope = "Own", version = read.Version() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "concurrency.stale_version");

        Assert.Equal(current.Version(), problem.GetProperty("currentVersion").GetUInt32());
        Assert.Equal(["customers.write"], problem.GetProperty("current").GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Renaming_a_role_to_a_taken_name_is_409()
    {
        var roleId = await app.CreateRoleAsync(["customers.read"], DataScope.Own);
        var read = await app.GetRoleAsync(roleId);

        await (await (await app.AdminAsync()).PutJsonAsync($"/api/v1/platform/roles/{roleId}",
                new { name = "Sales Rep", permissions = Array.Empty<string>(), scope = "Own", version = read.Version() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "platform.role_name_taken");
    }

    [Fact]
    public async Task Administrator_role_keeps_every_permission_and_scope_all()
    {
        var roleId = await app.AdministratorRoleIdAsync();
        var read = await app.GetRoleAsync(roleId);
        var admin = await app.AdminAsync();

        await (await admin.PutJsonAsync($"/api/v1/platform/roles/{roleId}",
                new { name = "Administrator", permissions = AllPermissions[1..], scope = "All", version = read.Version() }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "platform.administrator_role_fixed");
        await (await admin.PutJsonAsync($"/api/v1/platform/roles/{roleId}",
                new { name = "Administrator", permissions = AllPermissions, scope = "Team", version = read.Version() }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "platform.administrator_role_fixed");
        await (await admin.PutJsonAsync($"/api/v1/platform/roles/{roleId}",
                new { name = "Superuser", permissions = AllPermissions, scope = "All", version = read.Version() }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "platform.administrator_role_fixed");

        var described = await (await admin.PutJsonAsync($"/api/v1/platform/roles/{roleId}",
                new { name = "Administrator", description = "Runs the CRM.", permissions = AllPermissions, scope = "All", version = read.Version() }))
            .ShouldBeOkAsync();
        Assert.Equal("Runs the CRM.", described.GetProperty("description").GetString());
        Assert.Equal(AllPermissions.Length, described.GetProperty("permissions").GetArrayLength());
    }

    [Fact]
    public async Task Unused_role_is_deleted()
    {
        var roleId = await app.CreateRoleAsync(["customers.read"], DataScope.Own);
        var read = await app.GetRoleAsync(roleId);
        var admin = await app.AdminAsync();

        await (await admin.DeleteAsync($"/api/v1/platform/roles/{roleId}?version={read.Version()}")).ShouldBeAsync(HttpStatusCode.NoContent);

        await (await admin.GetAsync($"/api/v1/platform/roles/{roleId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "platform.role_not_found");
    }

    [Fact]
    public async Task Deleting_a_role_still_assigned_is_409_role_in_use()
    {
        var user = await app.CreateUserAsync(["customers.read"], DataScope.Own);
        var roleId = (await app.GetUserAsync(user.Id)).GetProperty("roles")[0].Id();
        var read = await app.GetRoleAsync(roleId);

        var problem = await (await (await app.AdminAsync()).DeleteAsync($"/api/v1/platform/roles/{roleId}?version={read.Version()}"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "platform.role_in_use");

        Assert.Equal(1, problem.GetProperty("userCount").GetInt32());
        await app.GetRoleAsync(roleId);
    }

    [Fact]
    public async Task Deleting_a_built_in_role_is_422()
    {
        var roleId = await app.AdministratorRoleIdAsync();
        var read = await app.GetRoleAsync(roleId);

        await (await (await app.AdminAsync()).DeleteAsync($"/api/v1/platform/roles/{roleId}?version={read.Version()}"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "platform.system_role");
    }

    [Fact]
    public async Task Deleting_a_role_needs_its_current_version()
    {
        var roleId = await app.CreateRoleAsync(["customers.read"], DataScope.Own);
        var read = await app.GetRoleAsync(roleId);
        var admin = await app.AdminAsync();

        await (await admin.DeleteAsync($"/api/v1/platform/roles/{roleId}")).ShouldBeValidationProblemAsync("version");
        var problem = await (await admin.DeleteAsync($"/api/v1/platform/roles/{roleId}?version={read.Version() + 1}"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "concurrency.stale_version");
        Assert.Equal(read.Version(), problem.GetProperty("currentVersion").GetUInt32());
    }

    [Fact]
    public async Task Permission_catalogue_lists_every_module_and_level()
    {
        var catalogue = await (await (await app.AdminAsync()).GetAsync("/api/v1/platform/permissions")).ShouldBeOkAsync();

        var entries = catalogue.EnumerateArray().ToList();
        Assert.Equal(PermissionCatalog.All.Order(), entries.Select(e => e.GetProperty("name").GetString()!).Order());
        var write = entries.Single(e => e.GetProperty("name").GetString() == "customers.write");
        Assert.Equal("customers", write.GetProperty("module").GetString());
        Assert.Equal("write", write.GetProperty("level").GetString());
        Assert.Equal(JsonValueKind.Array, catalogue.ValueKind);
    }
}
