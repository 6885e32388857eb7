using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Customers.Tests.Features.Contacts;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Accounts;

public sealed class MergeAccountsTests(CrmApp app) : IClassFixture<CrmApp>
{
    private const string Accounts = RecordsTestApi.Accounts;

    private static string Merge(Guid id) => $"{Accounts}/{id}/merge";

    [Fact]
    public async Task Merge_moves_the_duplicates_contacts_and_activities_and_sends_it_to_the_trash()
    {
        var admin = await app.AdminAsync();
        var marker = RecordsTestApi.Marker();
        var (survivor, version) = await admin.NewAccountAsync(new { name = $"Lenovo {marker}", tags = new[] { "hardware" }, allowDuplicate = true });
        var (duplicate, duplicateVersion) = await admin.NewAccountAsync(new
        {
            name = $"联想 {marker}", website = "lenovo.example", industry = "Computers", tags = new[] { "beijing" }, allowDuplicate = true,
        });
        var (contact, _) = await admin.NewContactAsync(new { fullName = "Yang Yuanqing", accountId = duplicate, allowDuplicate = true });
        var (trashed, trashedVersion) = await admin.NewContactAsync(new { fullName = "Old Hand", accountId = duplicate, allowDuplicate = true });
        await admin.DeleteAsync($"{RecordsTestApi.Contacts}/{trashed}?version={trashedVersion}");
        var accountCall = await admin.LogInteractionAsync(accountId: duplicate);
        var contactCall = await admin.LogInteractionAsync(contactId: contact);
        var task = await admin.AddTaskAsync(accountId: duplicate);

        var merged = await (await admin.PostAsJsonAsync(Merge(survivor), new { duplicateId = duplicate, version, duplicateVersion }, CrmApp.Json))
            .ReadAsync(HttpStatusCode.OK);

        Assert.Equal($"Lenovo {marker}", merged.GetProperty("name").GetString());
        Assert.Equal("lenovo.example", merged.GetProperty("website").GetString());
        Assert.Equal("Computers", merged.GetProperty("industry").GetString());
        Assert.Equal(["beijing", "hardware"], merged.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(1, merged.GetProperty("contactCount").GetInt32());
        Assert.Equal(survivor, (await admin.GetJsonAsync($"{RecordsTestApi.Contacts}/{contact}")).GetProperty("accountId").GetGuid());
        Assert.Equal(survivor, (await admin.GetJsonAsync($"{RecordsTestApi.Contacts}/{trashed}")).GetProperty("accountId").GetGuid());
        Assert.Equal(survivor, await app.ScalarAsync<Guid>("select account_id from customers.interactions where id = $1", accountCall));
        Assert.Equal(survivor, await app.ScalarAsync<Guid>("select account_id from customers.interactions where id = $1", contactCall));
        Assert.Equal(survivor, await app.ScalarAsync<Guid>("select account_id from customers.tasks where id = $1", task));
        Assert.Equal(0L, await app.ScalarAsync<long>("select count(*) from customers.timeline_entries where account_id = $1", duplicate));
        Assert.Equal(1L, await app.ScalarAsync<long>(
            "select count(*) from customers.timeline_entries where account_id = $1 and kind = 'record.merged'", survivor));
        Assert.Equal(duplicate.ToString(), await app.ScalarAsync<string>(
            "select payload->>'duplicateId' from customers.outbox_messages where type = $1 and payload->>'survivorId' = $2",
            "Crm.Customers.Contracts.IntegrationEvents.AccountsMerged", survivor.ToString()));

        Assert.Equal([survivor], (await admin.GetJsonAsync($"{Accounts}?q={marker}")).Ids());
        var gone = await admin.GetJsonAsync($"{Accounts}/{duplicate}");
        Assert.Equal(survivor, gone.GetProperty("mergedIntoId").GetGuid());
        Assert.NotEqual(JsonValueKind.Null, gone.GetProperty("deletedAt").ValueKind);
    }

    [Fact]
    public async Task Side_by_side_choices_take_the_duplicates_values_and_classification_where_asked()
    {
        var admin = await app.AdminAsync();
        var (survivor, version) = await admin.NewAccountAsync(new { name = "Short Name", phone = "+86 10 1111 1111", allowDuplicate = true });
        var (duplicate, duplicateVersion) = await admin.NewAccountAsync(new
        {
            name = "Proper Registered Name", phone = "+86 10 2222 2222", stage = "Loyal", allowDuplicate = true,
        });

        var merged = await (await admin.PostAsJsonAsync(Merge(survivor), new
        {
            duplicateId = duplicate, version, duplicateVersion,
            fields = new Dictionary<string, string> { ["name"] = "duplicate", ["phone"] = "survivor", ["stage"] = "duplicate" },
        }, CrmApp.Json)).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("Proper Registered Name", merged.GetProperty("name").GetString());
        Assert.Equal("+86 10 1111 1111", merged.GetProperty("phone").GetString());
        Assert.Equal("Loyal", merged.GetProperty("stage").GetString());
        var change = (await admin.GetJsonAsync($"{Accounts}/{survivor}/classification-history")).Items()[0];
        Assert.Equal("Stage", change.GetProperty("field").GetString());
        Assert.Equal("Merged with Proper Registered Name", change.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Merging_into_itself_is_400_and_stale_versions_409()
    {
        var admin = await app.AdminAsync();
        var (survivor, version) = await admin.NewAccountAsync("Self Co");
        var (duplicate, duplicateVersion) = await admin.NewAccountAsync("Other Co");
        var (contact, _) = await admin.NewContactAsync(new { fullName = "Stays Put", accountId = duplicate, allowDuplicate = true });
        var renamed = await (await admin.PutAsJsonAsync($"{Accounts}/{duplicate}", new { name = "Other Company", version = duplicateVersion, allowDuplicate = true }, CrmApp.Json))
            .ReadAsync(HttpStatusCode.OK);

        var self = await admin.PostAsJsonAsync(Merge(survivor), new { duplicateId = survivor, version, duplicateVersion = version }, CrmApp.Json);
        var stale = await admin.PostAsJsonAsync(Merge(survivor), new { duplicateId = duplicate, version, duplicateVersion }, CrmApp.Json);

        Assert.Contains("duplicateId", (await self.ReadAsync(HttpStatusCode.BadRequest)).FieldErrors());
        var problem = await stale.ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal(renamed.Version(), problem.GetProperty("currentVersion").GetUInt32());
        Assert.Equal(duplicate, (await admin.GetJsonAsync($"{RecordsTestApi.Contacts}/{contact}")).GetProperty("accountId").GetGuid());
    }

    [Fact]
    public async Task Both_accounts_must_be_visible_and_merging_needs_write_permission()
    {
        var admin = await app.AdminAsync();
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var reader = await app.CreateUserAsync(["customers.read"]);
        var (adminsAccount, adminsVersion) = await admin.NewAccountAsync("Admin Account");
        var (repsAccount, repsVersion) = await rep.Client.NewAccountAsync("Rep Account");

        var hidden = await rep.Client.PostAsJsonAsync(Merge(repsAccount),
            new { duplicateId = adminsAccount, version = repsVersion, duplicateVersion = adminsVersion }, CrmApp.Json);
        var missing = await admin.PostAsJsonAsync(Merge(Guid.NewGuid()),
            new { duplicateId = adminsAccount, version = 1, duplicateVersion = adminsVersion }, CrmApp.Json);
        var forbidden = await reader.Client.PostAsJsonAsync(Merge(adminsAccount),
            new { duplicateId = repsAccount, version = adminsVersion, duplicateVersion = repsVersion }, CrmApp.Json);

        Assert.Equal("customers.account_not_found", (await hidden.ReadAsync(HttpStatusCode.NotFound)).Code());
        await missing.ReadAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await admin.GetJsonAsync($"{Accounts}/{adminsAccount}")).GetProperty("deletedAt").ValueKind);
    }
}
