using System.Net;
using System.Net.Http.Json;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Contacts;

public sealed class MergeContactsTests(CrmApp app) : IClassFixture<CrmApp>
{
    private static string Merge(Guid id) => $"{RecordsTestApi.Contacts}/{id}/merge";

    [Fact]
    public async Task Merge_keeps_the_duplicates_activities_and_history_and_sends_it_to_the_trash()
    {
        var admin = await app.AdminAsync();
        var marker = RecordsTestApi.Marker();
        var (survivor, survivorVersion) = await admin.NewContactAsync(new { fullName = $"Liu Yang {marker}", tags = new[] { "vip" }, allowDuplicate = true });
        var (duplicate, duplicateVersion) = await admin.NewContactAsync(new
        {
            fullName = $"Yang Liu {marker}", email = "liu.yang@example.cn", phone = "+86 138 1111 2222", tags = new[] { "beijing", "VIP" },
            allowDuplicate = true,
        });
        var interaction = await admin.LogInteractionAsync(contactId: duplicate);
        var task = await admin.AddTaskAsync(contactId: duplicate);
        duplicateVersion = (await (await admin.PostAsJsonAsync($"{RecordsTestApi.Contacts}/{duplicate}/classification",
            new { tier = "B", version = duplicateVersion }, CrmApp.Json)).ReadAsync(HttpStatusCode.OK)).Version();

        var response = await admin.PostAsJsonAsync(Merge(survivor),
            new { duplicateId = duplicate, version = survivorVersion, duplicateVersion }, CrmApp.Json);

        var merged = await response.ReadAsync(HttpStatusCode.OK);
        Assert.Equal($"Liu Yang {marker}", merged.GetProperty("fullName").GetString());
        Assert.Equal("liu.yang@example.cn", merged.GetProperty("email").GetString());
        Assert.Equal("+86 138 1111 2222", merged.GetProperty("phone").GetString());
        Assert.Equal(["beijing", "vip"], merged.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("C", merged.GetProperty("tier").GetString());
        Assert.Equal(survivor, await app.ScalarAsync<Guid>("select contact_id from customers.interactions where id = $1", interaction));
        Assert.Equal(survivor, await app.ScalarAsync<Guid>("select contact_id from customers.tasks where id = $1", task));
        Assert.Equal(0L, await app.ScalarAsync<long>("select count(*) from customers.timeline_entries where contact_id = $1", duplicate));
        Assert.Equal(1L, await app.ScalarAsync<long>(
            "select count(*) from customers.timeline_entries where contact_id = $1 and kind = 'interaction.logged'", survivor));
        Assert.Equal(1L, await app.ScalarAsync<long>(
            "select count(*) from customers.timeline_entries where contact_id = $1 and kind = 'record.merged'", survivor));
        Assert.Equal("B", (await admin.GetJsonAsync($"{RecordsTestApi.Contacts}/{survivor}/classification-history")).Items()[0]
            .GetProperty("newValue").GetString());

        Assert.Equal([survivor], (await admin.GetJsonAsync($"{RecordsTestApi.Contacts}?q={marker}")).Ids());
        var gone = await admin.GetJsonAsync($"{RecordsTestApi.Contacts}/{duplicate}");
        Assert.Equal(survivor, gone.GetProperty("mergedIntoId").GetGuid());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, gone.GetProperty("deletedAt").ValueKind);
    }

    [Fact]
    public async Task Merge_writes_contacts_merged_to_the_outbox_in_its_transaction()
    {
        var admin = await app.AdminAsync();
        var (survivor, version) = await admin.NewContactAsync("Event Survivor");
        var (duplicate, duplicateVersion) = await admin.NewContactAsync("Event Duplicate");

        await (await admin.PostAsJsonAsync(Merge(survivor), new { duplicateId = duplicate, version, duplicateVersion }, CrmApp.Json))
            .ReadAsync(HttpStatusCode.OK);

        Assert.Equal(duplicate.ToString(), await app.ScalarAsync<string>(
            "select payload->>'duplicateId' from customers.outbox_messages where type = $1 and payload->>'survivorId' = $2",
            "Crm.Customers.Contracts.IntegrationEvents.ContactsMerged", survivor.ToString()));

        // And the dispatcher can read it back and deliver it (no module handles it yet: delivery is a no-op).
        await app.DrainOutboxAsync();
        Assert.Equal(0L, await app.ScalarAsync<long>(
            "select count(*) from customers.outbox_messages where processed_at is null or last_error is not null"));
    }

    [Fact]
    public async Task Side_by_side_choices_take_the_duplicates_values_where_asked()
    {
        var admin = await app.AdminAsync();
        var (survivor, version) = await admin.NewContactAsync(new { fullName = "Old Name", email = "old@example.cn", jobTitle = "Clerk", allowDuplicate = true });
        var (duplicate, duplicateVersion) = await admin.NewContactAsync(new
        {
            fullName = "New Name", email = "new@example.cn", jobTitle = "Director", tier = "A", allowDuplicate = true,
        });

        var response = await admin.PostAsJsonAsync(Merge(survivor), new
        {
            duplicateId = duplicate, version, duplicateVersion,
            fields = new Dictionary<string, string> { ["fullName"] = "duplicate", ["email"] = "duplicate", ["jobTitle"] = "survivor", ["tier"] = "duplicate" },
        }, CrmApp.Json);

        var merged = await response.ReadAsync(HttpStatusCode.OK);
        Assert.Equal("New Name", merged.GetProperty("fullName").GetString());
        Assert.Equal("new@example.cn", merged.GetProperty("email").GetString());
        Assert.Equal("Clerk", merged.GetProperty("jobTitle").GetString());
        Assert.Equal("A", merged.GetProperty("tier").GetString());
    }

    [Fact]
    public async Task Merging_into_itself_or_an_unknown_field_is_400()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewContactAsync("Myself");
        var (other, otherVersion) = await admin.NewContactAsync("Other Self");

        var self = await admin.PostAsJsonAsync(Merge(id), new { duplicateId = id, version, duplicateVersion = version }, CrmApp.Json);
        var unknown = await admin.PostAsJsonAsync(Merge(id),
            new { duplicateId = other, version, duplicateVersion = otherVersion, fields = new Dictionary<string, string> { ["salary"] = "duplicate" } }, CrmApp.Json);

        Assert.Contains("duplicateId", (await self.ReadAsync(HttpStatusCode.BadRequest)).FieldErrors());
        Assert.Contains("fields", (await unknown.ReadAsync(HttpStatusCode.BadRequest)).FieldErrors());
    }

    [Fact]
    public async Task A_stale_version_of_either_record_is_409_and_nothing_moves()
    {
        var admin = await app.AdminAsync();
        var (survivor, version) = await admin.NewContactAsync("Stale Survivor");
        var (duplicate, duplicateVersion) = await admin.NewContactAsync("Stale Duplicate");
        var interaction = await admin.LogInteractionAsync(contactId: duplicate);
        var edited = await (await admin.PutAsJsonAsync($"{RecordsTestApi.Contacts}/{duplicate}",
            new { fullName = "Stale Duplicate 2", version = duplicateVersion, allowDuplicate = true }, CrmApp.Json)).ReadAsync(HttpStatusCode.OK);

        var staleDuplicate = await admin.PostAsJsonAsync(Merge(survivor), new { duplicateId = duplicate, version, duplicateVersion }, CrmApp.Json);
        var staleSurvivor = await admin.PostAsJsonAsync(Merge(survivor),
            new { duplicateId = duplicate, version = version + 1000, duplicateVersion = edited.Version() }, CrmApp.Json);

        var problem = await staleDuplicate.ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal(duplicate, problem.GetProperty("current").GetProperty("id").GetGuid());
        Assert.Equal(edited.Version(), problem.GetProperty("currentVersion").GetUInt32());
        Assert.Equal(survivor, (await staleSurvivor.ReadAsync(HttpStatusCode.Conflict)).GetProperty("current").GetProperty("id").GetGuid());
        Assert.Equal(duplicate, await app.ScalarAsync<Guid>("select contact_id from customers.interactions where id = $1", interaction));
        Assert.Equal(System.Text.Json.JsonValueKind.Null,
            (await admin.GetJsonAsync($"{RecordsTestApi.Contacts}/{duplicate}")).GetProperty("mergedIntoId").ValueKind);
    }

    [Fact]
    public async Task Both_contacts_must_be_visible_and_merging_needs_write_permission()
    {
        var admin = await app.AdminAsync();
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var reader = await app.CreateUserAsync(["customers.read"]);
        var (adminsContact, adminsVersion) = await admin.NewContactAsync("Admin Owned");
        var (repsContact, repsVersion) = await rep.Client.NewContactAsync("Rep Owned");

        var hiddenDuplicate = await rep.Client.PostAsJsonAsync(Merge(repsContact),
            new { duplicateId = adminsContact, version = repsVersion, duplicateVersion = adminsVersion }, CrmApp.Json);
        var hiddenSurvivor = await rep.Client.PostAsJsonAsync(Merge(adminsContact),
            new { duplicateId = repsContact, version = adminsVersion, duplicateVersion = repsVersion }, CrmApp.Json);
        var missing = await admin.PostAsJsonAsync(Merge(adminsContact),
            new { duplicateId = Guid.NewGuid(), version = adminsVersion, duplicateVersion = 1 }, CrmApp.Json);
        var forbidden = await reader.Client.PostAsJsonAsync(Merge(adminsContact),
            new { duplicateId = repsContact, version = adminsVersion, duplicateVersion = repsVersion }, CrmApp.Json);

        Assert.Equal("customers.contact_not_found", (await hiddenDuplicate.ReadAsync(HttpStatusCode.NotFound)).Code());
        await hiddenSurvivor.ReadAsync(HttpStatusCode.NotFound);
        await missing.ReadAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null,
            (await admin.GetJsonAsync($"{RecordsTestApi.Contacts}/{adminsContact}")).GetProperty("deletedAt").ValueKind);
    }
}
