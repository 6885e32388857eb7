using System.Net;
using System.Net.Http.Json;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Contacts;

public sealed class AssignContactTests(CrmApp app) : IClassFixture<CrmApp>
{
    private static string Assign(Guid id) => $"{RecordsTestApi.Contacts}/{id}/assign";

    [Fact]
    public async Task Assigned_contact_is_the_new_owners_and_its_interactions_and_tasks_follow()
    {
        var admin = await app.AdminAsync();
        var team = await app.CreateTeamAsync();
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own, team);
        var (id, version) = await admin.NewContactAsync("Handed Over");
        var interaction = await admin.LogInteractionAsync(contactId: id);
        var task = await admin.AddTaskAsync(contactId: id);
        Assert.Equal(HttpStatusCode.NotFound, (await rep.Client.GetAsync($"{RecordsTestApi.Contacts}/{id}")).StatusCode);

        var response = await admin.PostAsJsonAsync(Assign(id), new { ownerId = rep.Id, teamId = team, version }, CrmApp.Json);

        var contact = await response.ReadAsync(HttpStatusCode.OK);
        Assert.Equal(rep.Id, contact.GetProperty("ownerId").GetGuid());
        Assert.Equal(team, contact.GetProperty("teamId").GetGuid());
        Assert.Equal("Handed Over", (await rep.Client.GetJsonAsync($"{RecordsTestApi.Contacts}/{id}")).GetProperty("fullName").GetString());
        Assert.Equal(rep.Id, await app.ScalarAsync<Guid>("select owner_id from customers.interactions where id = $1", interaction));
        Assert.Equal(team, await app.ScalarAsync<Guid>("select team_id from customers.interactions where id = $1", interaction));
        Assert.Equal(team, await app.ScalarAsync<Guid>("select team_id from customers.tasks where id = $1", task));
    }

    [Fact]
    public async Task Owner_who_is_not_a_user_is_400()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewContactAsync("No Such Owner");

        var unknown = await admin.PostAsJsonAsync(Assign(id), new { ownerId = Guid.NewGuid(), version }, CrmApp.Json);
        var empty = await admin.PostAsJsonAsync(Assign(id), new { }, CrmApp.Json);

        Assert.Contains("ownerId", (await unknown.ReadAsync(HttpStatusCode.BadRequest)).FieldErrors());
        var problem = await empty.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Contains("ownerId", problem.FieldErrors());
        Assert.Contains("version", problem.FieldErrors());
    }

    [Fact]
    public async Task Assigning_needs_customers_manage()
    {
        var admin = await app.AdminAsync();
        var writer = await app.CreateUserAsync(["customers.read", "customers.write"]);
        var (id, version) = await writer.Client.NewContactAsync("Writer's Own");

        var response = await writer.Client.PostAsJsonAsync(Assign(id), new { ownerId = (await app.CreateUserAsync(["customers.read"])).Id, version }, CrmApp.Json);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(writer.Id, (await admin.GetJsonAsync($"{RecordsTestApi.Contacts}/{id}")).GetProperty("ownerId").GetGuid());
    }

    [Fact]
    public async Task Missing_or_out_of_scope_contact_is_404_and_a_stale_version_409()
    {
        var admin = await app.AdminAsync();
        var manager = await app.CreateUserAsync(["customers.read", "customers.write", "customers.manage"], DataScope.Own);
        var (id, version) = await admin.NewContactAsync("Managed Elsewhere");
        var renamed = await (await admin.PutAsJsonAsync($"{RecordsTestApi.Contacts}/{id}",
            new { fullName = "Managed Elsewhere Ltd", version, allowDuplicate = true }, CrmApp.Json)).ReadAsync(HttpStatusCode.OK);

        var outOfScope = await manager.Client.PostAsJsonAsync(Assign(id), new { ownerId = manager.Id, version = renamed.Version() }, CrmApp.Json);
        var missing = await admin.PostAsJsonAsync(Assign(Guid.NewGuid()), new { ownerId = manager.Id, version }, CrmApp.Json);
        var stale = await admin.PostAsJsonAsync(Assign(id), new { ownerId = manager.Id, version }, CrmApp.Json);

        await outOfScope.ReadAsync(HttpStatusCode.NotFound);
        await missing.ReadAsync(HttpStatusCode.NotFound);
        Assert.Equal(renamed.Version(), (await stale.ReadAsync(HttpStatusCode.Conflict)).GetProperty("currentVersion").GetUInt32());
    }
}
