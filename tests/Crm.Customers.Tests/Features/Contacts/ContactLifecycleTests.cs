using System.Net;
using System.Net.Http.Json;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Contacts;

/// <summary>Update, delete (to the trash) and restore.</summary>
public sealed class ContactLifecycleTests(CrmApp app) : IClassFixture<CrmApp>
{
    private static object Edit(uint version, string fullName = "Wang Fang") => new
    {
        fullName, version, alternateName = "王芳", jobTitle = "Buyer", phone = "+86 21 5555 0101",
        address = new { line1 = "1 Nanjing Road", city = "Shanghai", country = "CN" }, tags = new[] { "vip", "shanghai" }, allowDuplicate = true,
    };

    [Fact]
    public async Task Update_replaces_the_fields_and_answers_the_new_version_as_etag()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewContactAsync(new { fullName = "Wang F.", notes = "old notes", tags = new[] { "old" }, allowDuplicate = true });

        var response = await admin.PutAsJsonAsync($"{RecordsTestApi.Contacts}/{id}", Edit(version), CrmApp.Json);

        var contact = await response.ReadAsync(HttpStatusCode.OK);
        Assert.Equal("Wang Fang", contact.GetProperty("fullName").GetString());
        Assert.Equal("Shanghai", contact.GetProperty("address").GetProperty("city").GetString());
        Assert.Equal(["shanghai", "vip"], contact.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, contact.GetProperty("notes").ValueKind);
        Assert.NotEqual(version, contact.Version());
        Assert.Equal($"\"{contact.Version()}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Stale_update_returns_409_with_current_version_and_state()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewContactAsync("Stale Sam");
        var first = await (await admin.PutAsJsonAsync($"{RecordsTestApi.Contacts}/{id}", Edit(version, "Sam Stale"), CrmApp.Json))
            .ReadAsync(HttpStatusCode.OK);

        var second = await admin.PutAsJsonAsync($"{RecordsTestApi.Contacts}/{id}", Edit(version, "Samuel"), CrmApp.Json);

        var problem = await second.ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal("concurrency.stale_version", problem.Code());
        Assert.Equal(first.Version(), problem.GetProperty("currentVersion").GetUInt32());
        Assert.Equal("Sam Stale", problem.GetProperty("current").GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task Invalid_update_is_400_with_field_errors()
    {
        var admin = await app.AdminAsync();
        var (id, _) = await admin.NewContactAsync("Valid Vera");

        var response = await admin.PutAsJsonAsync($"{RecordsTestApi.Contacts}/{id}",
            new { fullName = "", email = "nope", phone = "call me", tags = new[] { "" }, address = new { country = "China" } }, CrmApp.Json);

        var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("validation.failed", problem.Code());
        foreach (var field in new[] { "fullName", "email", "phone", "tags", "version", "address.country" })
            Assert.Contains(field, problem.FieldErrors());
    }

    [Fact]
    public async Task Changing_the_email_to_another_contacts_is_409_unless_allowed_and_unchanged_identity_is_not_checked()
    {
        var admin = await app.AdminAsync();
        var email = $"{RecordsTestApi.Marker()}@example.cn";
        await admin.NewContactAsync(new { fullName = "Li Lei", email, allowDuplicate = true });
        var (id, version) = await admin.NewContactAsync(new { fullName = "Han Meimei", allowDuplicate = true });

        var clash = await admin.PutAsJsonAsync($"{RecordsTestApi.Contacts}/{id}", new { fullName = "Han Meimei", email, version }, CrmApp.Json);
        var problem = await clash.ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal("customers.possible_duplicates", problem.Code());
        Assert.Equal("email", problem.GetProperty("candidates")[0].GetProperty("matchedOn").GetString());

        var allowed = await admin.PutAsJsonAsync($"{RecordsTestApi.Contacts}/{id}",
            new { fullName = "Han Meimei", email, version, allowDuplicate = true }, CrmApp.Json);
        var updated = await allowed.ReadAsync(HttpStatusCode.OK);

        // Its own email no longer counts: a later edit of other fields goes through without allowDuplicate.
        var again = await admin.PutAsJsonAsync($"{RecordsTestApi.Contacts}/{id}",
            new { fullName = "Han Meimei", email, version = updated.Version(), notes = "met at the fair" }, CrmApp.Json);
        await again.ReadAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Update_of_a_missing_or_out_of_scope_contact_is_404_and_without_write_permission_403()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewContactAsync("Admin's Contact");
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var reader = await app.CreateUserAsync(["customers.read"]);

        var outOfScope = await rep.Client.PutAsJsonAsync($"{RecordsTestApi.Contacts}/{id}", Edit(version), CrmApp.Json);
        var missing = await admin.PutAsJsonAsync($"{RecordsTestApi.Contacts}/{Guid.NewGuid()}", Edit(version), CrmApp.Json);
        var forbidden = await reader.Client.PutAsJsonAsync($"{RecordsTestApi.Contacts}/{id}", Edit(version), CrmApp.Json);

        Assert.Equal("customers.contact_not_found", (await outOfScope.ReadAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal("customers.contact_not_found", (await missing.ReadAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("Admin's Contact", (await admin.GetJsonAsync($"{RecordsTestApi.Contacts}/{id}")).GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task Deleted_contact_leaves_the_list_for_the_trash_and_restore_brings_it_back()
    {
        var admin = await app.AdminAsync();
        var marker = RecordsTestApi.Marker();
        var (id, version) = await admin.NewContactAsync($"Trash {marker}");

        var deleted = await admin.DeleteAsync($"{RecordsTestApi.Contacts}/{id}?version={version}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty((await admin.GetJsonAsync($"{RecordsTestApi.Contacts}?q={marker}")).Ids());
        Assert.Equal([id], (await admin.GetJsonAsync($"{RecordsTestApi.Contacts}?q={marker}&deleted=true")).Ids());
        var inTrash = await admin.GetJsonAsync($"{RecordsTestApi.Contacts}/{id}");
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, inTrash.GetProperty("deletedAt").ValueKind);

        var restored = await (await admin.PostAsync($"{RecordsTestApi.Contacts}/{id}/restore", null)).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, restored.GetProperty("deletedAt").ValueKind);
        Assert.Equal([id], (await admin.GetJsonAsync($"{RecordsTestApi.Contacts}?q={marker}")).Ids());
        Assert.Empty((await admin.GetJsonAsync($"{RecordsTestApi.Contacts}?q={marker}&deleted=true")).Ids());
    }

    [Fact]
    public async Task Delete_takes_the_version_from_if_match_too_and_a_stale_one_is_409()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewContactAsync("Deleted Dora");
        var edited = await (await admin.PutAsJsonAsync($"{RecordsTestApi.Contacts}/{id}", Edit(version, "Dora"), CrmApp.Json))
            .ReadAsync(HttpStatusCode.OK);

        var stale = await admin.DeleteAsync($"{RecordsTestApi.Contacts}/{id}?version={version}");
        var problem = await stale.ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal(edited.Version(), problem.GetProperty("currentVersion").GetUInt32());

        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{RecordsTestApi.Contacts}/{id}");
        request.Headers.IfMatch.ParseAdd($"\"{edited.Version()}\"");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Delete_without_a_version_is_400_out_of_scope_404_and_without_write_permission_403()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewContactAsync("Kept Karl");
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var reader = await app.CreateUserAsync(["customers.read"]);

        var noVersion = await admin.DeleteAsync($"{RecordsTestApi.Contacts}/{id}");
        var outOfScope = await rep.Client.DeleteAsync($"{RecordsTestApi.Contacts}/{id}?version={version}");
        var forbidden = await reader.Client.DeleteAsync($"{RecordsTestApi.Contacts}/{id}?version={version}");
        var restoreOutOfScope = await rep.Client.PostAsync($"{RecordsTestApi.Contacts}/{id}/restore", null);
        var restoreForbidden = await reader.Client.PostAsync($"{RecordsTestApi.Contacts}/{id}/restore", null);

        Assert.Contains("version", (await noVersion.ReadAsync(HttpStatusCode.BadRequest)).FieldErrors());
        await outOfScope.ReadAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        await restoreOutOfScope.ReadAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, restoreForbidden.StatusCode);
        Assert.Equal(JsonNull, (await admin.GetJsonAsync($"{RecordsTestApi.Contacts}/{id}")).GetProperty("deletedAt").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
