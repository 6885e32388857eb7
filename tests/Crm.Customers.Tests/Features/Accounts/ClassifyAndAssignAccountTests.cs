using System.Net;
using System.Net.Http.Json;
using Crm.Customers.Tests.Features.Contacts;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Accounts;

public sealed class ClassifyAndAssignAccountTests(CrmApp app) : IClassFixture<CrmApp>
{
    private const string Accounts = RecordsTestApi.Accounts;

    [Fact]
    public async Task Classifying_writes_history_and_timeline_rows_and_history_reads_newest_first()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewAccountAsync("Classified Corp");

        var first = await (await admin.PostAsJsonAsync($"{Accounts}/{id}/classification",
            new { stage = "New", reason = "First order", version }, CrmApp.Json)).ReadAsync(HttpStatusCode.OK);
        await (await admin.PostAsJsonAsync($"{Accounts}/{id}/classification",
            new { stage = "Regular", relationship = "Stable", version = first.Version() }, CrmApp.Json)).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(3L, await app.ScalarAsync<long>(
            "select count(*) from customers.classification_changes where record_id = $1 and record_type = 'Account'", id));
        Assert.Equal(3L, await app.ScalarAsync<long>(
            "select count(*) from customers.timeline_entries where account_id = $1 and contact_id is null and kind = 'classification.changed'", id));
        var history = await admin.GetJsonAsync($"{Accounts}/{id}/classification-history");
        Assert.Equal(3, history.Items().Count);
        Assert.Equal("New", history.Items()[^1].GetProperty("newValue").GetString());
        Assert.Equal("First order", history.Items()[^1].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Classification_needs_a_field_a_current_version_a_visible_account_and_write_permission()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewAccountAsync("Guarded Class");
        var current = await (await admin.PostAsJsonAsync($"{Accounts}/{id}/classification", new { tier = "B", version }, CrmApp.Json))
            .ReadAsync(HttpStatusCode.OK);
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var reader = await app.CreateUserAsync(["customers.read"]);

        Assert.Contains("tier", (await (await admin.PostAsJsonAsync($"{Accounts}/{id}/classification", new { version = current.Version() }, CrmApp.Json))
            .ReadAsync(HttpStatusCode.BadRequest)).FieldErrors());
        Assert.Equal(current.Version(), (await (await admin.PostAsJsonAsync($"{Accounts}/{id}/classification", new { tier = "A", version }, CrmApp.Json))
            .ReadAsync(HttpStatusCode.Conflict)).GetProperty("currentVersion").GetUInt32());
        await (await rep.Client.PostAsJsonAsync($"{Accounts}/{id}/classification", new { tier = "A", version = current.Version() }, CrmApp.Json))
            .ReadAsync(HttpStatusCode.NotFound);
        await (await rep.Client.GetAsync($"{Accounts}/{id}/classification-history")).ReadAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Client.PostAsJsonAsync($"{Accounts}/{id}/classification",
            new { tier = "A", version = current.Version() }, CrmApp.Json)).StatusCode);
        Assert.Equal("B", (await admin.GetJsonAsync($"{Accounts}/{id}")).GetProperty("tier").GetString());
    }

    [Fact]
    public async Task Assigned_account_is_the_new_owners_and_its_own_interactions_follow_but_its_contacts_keep_theirs()
    {
        var admin = await app.AdminAsync();
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var (id, version) = await admin.NewAccountAsync("Assigned Industries");
        var (contact, _) = await admin.NewContactAsync(new { fullName = "Stays With Admin", accountId = id, allowDuplicate = true });
        var accountsOwn = await admin.LogInteractionAsync(accountId: id);
        var contacts = await admin.LogInteractionAsync(contactId: contact);

        var assigned = await (await admin.PostAsJsonAsync($"{Accounts}/{id}/assign", new { ownerId = rep.Id, version }, CrmApp.Json))
            .ReadAsync(HttpStatusCode.OK);

        Assert.Equal(rep.Id, assigned.GetProperty("ownerId").GetGuid());
        Assert.Equal("Assigned Industries", (await rep.Client.GetJsonAsync($"{Accounts}/{id}")).GetProperty("name").GetString());
        Assert.Equal(rep.Id, await app.ScalarAsync<Guid>("select owner_id from customers.interactions where id = $1", accountsOwn));
        Assert.NotEqual(rep.Id, await app.ScalarAsync<Guid>("select owner_id from customers.interactions where id = $1", contacts));
    }

    [Fact]
    public async Task Assigning_needs_manage_an_existing_owner_a_visible_account_and_a_current_version()
    {
        var admin = await app.AdminAsync();
        var writer = await app.CreateUserAsync(["customers.read", "customers.write"]);
        var manager = await app.CreateUserAsync(["customers.read", "customers.manage"], DataScope.Own);
        var (id, version) = await admin.NewAccountAsync("Contested Co");
        var renamed = await (await admin.PutAsJsonAsync($"{Accounts}/{id}", new { name = "Contested Company", version, allowDuplicate = true }, CrmApp.Json))
            .ReadAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Forbidden, (await writer.Client.PostAsJsonAsync($"{Accounts}/{id}/assign",
            new { ownerId = writer.Id, version = renamed.Version() }, CrmApp.Json)).StatusCode);
        Assert.Contains("ownerId", (await (await admin.PostAsJsonAsync($"{Accounts}/{id}/assign",
            new { ownerId = Guid.NewGuid(), version = renamed.Version() }, CrmApp.Json)).ReadAsync(HttpStatusCode.BadRequest)).FieldErrors());
        await (await manager.Client.PostAsJsonAsync($"{Accounts}/{id}/assign", new { ownerId = manager.Id, version = renamed.Version() }, CrmApp.Json))
            .ReadAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsJsonAsync($"{Accounts}/{Guid.NewGuid()}/assign", new { ownerId = manager.Id, version }, CrmApp.Json))
            .ReadAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsJsonAsync($"{Accounts}/{id}/assign", new { ownerId = manager.Id, version }, CrmApp.Json))
            .ReadAsync(HttpStatusCode.Conflict);
    }
}
