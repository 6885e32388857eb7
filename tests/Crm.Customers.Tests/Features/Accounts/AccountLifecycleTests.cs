using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Customers.Tests.Features.Contacts;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Accounts;

/// <summary>Create, read, update, delete (to the trash) and restore.</summary>
public sealed class AccountLifecycleTests(CrmApp app) : IClassFixture<CrmApp>
{
    private const string Accounts = RecordsTestApi.Accounts;

    [Fact]
    public async Task Created_account_reads_back_with_its_live_visible_contacts_counted_and_version_as_etag()
    {
        var admin = await app.AdminAsync();
        var team = await app.CreateTeamAsync();
        var (id, _) = await admin.NewAccountAsync(new
        {
            name = "华为技术", alternateName = "Huawei Technologies", industry = "Telecom", website = "huawei.com",
            email = "contact@huawei.example", phone = "+86 755 2878 0808", tier = "A", tags = new[] { "strategic" },
            address = new { city = "Shenzhen", country = "CN" }, teamId = team, allowDuplicate = true,
        });
        await admin.NewContactAsync(new { fullName = "Ren One", accountId = id, allowDuplicate = true });
        var (gone, goneVersion) = await admin.NewContactAsync(new { fullName = "Ren Two", accountId = id, allowDuplicate = true });
        await admin.DeleteAsync($"{RecordsTestApi.Contacts}/{gone}?version={goneVersion}");
        var member = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Team, team);
        await member.Client.NewContactAsync(new { fullName = "Ren Three", accountId = id, allowDuplicate = true });

        var response = await admin.GetAsync($"{Accounts}/{id}");

        var account = await response.ReadAsync(HttpStatusCode.OK);
        Assert.Equal("华为技术", account.GetProperty("name").GetString());
        Assert.Equal("A", account.GetProperty("tier").GetString());
        Assert.Equal("Shenzhen", account.GetProperty("address").GetProperty("city").GetString());
        Assert.Equal(2, account.GetProperty("contactCount").GetInt32());
        Assert.Equal($"\"{account.Version()}\"", response.Headers.ETag?.Tag);
        // The team member sees the account but not the administrator's own contact.
        Assert.Equal(1, (await member.Client.GetJsonAsync($"{Accounts}/{id}")).GetProperty("contactCount").GetInt32());
    }

    [Fact]
    public async Task Same_name_is_409_with_candidates_and_can_be_overridden()
    {
        var admin = await app.AdminAsync();
        var name = $"Duplicate Trading {RecordsTestApi.Marker()}";
        await admin.NewAccountAsync(new { name });

        var again = await admin.PostAsJsonAsync(Accounts, new { name }, CrmApp.Json);
        var problem = await again.ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal("customers.possible_duplicates", problem.Code());
        Assert.Equal("name", problem.GetProperty("candidates")[0].GetProperty("matchedOn").GetString());

        await (await admin.PostAsJsonAsync(Accounts, new { name, allowDuplicate = true }, CrmApp.Json)).ReadAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Invalid_create_is_400_with_field_errors_and_without_write_permission_403()
    {
        var admin = await app.AdminAsync();
        var reader = await app.CreateUserAsync(["customers.read"]);

        var invalid = await admin.PostAsJsonAsync(Accounts, new { name = "", website = "not a site", email = "x", phone = "abc" }, CrmApp.Json);
        var forbidden = await reader.Client.PostAsJsonAsync(Accounts, new { name = "Reader Co" }, CrmApp.Json);

        var problem = await invalid.ReadAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "name", "website", "email", "phone" })
            Assert.Contains(field, problem.FieldErrors());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Missing_or_out_of_scope_account_is_404_and_without_read_permission_403()
    {
        var admin = await app.AdminAsync();
        var (id, _) = await admin.NewAccountAsync("Hidden Holdings");
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var outsider = await app.CreateUserAsync(["sales.read"]);

        Assert.Equal("customers.account_not_found", (await (await rep.Client.GetAsync($"{Accounts}/{id}")).ReadAsync(HttpStatusCode.NotFound)).Code());
        await (await admin.GetAsync($"{Accounts}/{Guid.NewGuid()}")).ReadAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync($"{Accounts}/{id}")).StatusCode);
    }

    [Fact]
    public async Task Update_replaces_the_fields_and_a_stale_version_is_409_with_the_current_account()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewAccountAsync(new { name = "Alibaba", notes = "old", tags = new[] { "old" }, allowDuplicate = true });

        var updated = await (await admin.PutAsJsonAsync($"{Accounts}/{id}", new
        {
            name = "Alibaba Group", alternateName = "阿里巴巴", website = "https://alibaba.example", tags = new[] { "ecommerce" },
            address = new { city = "Hangzhou", country = "CN" }, version, allowDuplicate = true,
        }, CrmApp.Json)).ReadAsync(HttpStatusCode.OK);
        var stale = await admin.PutAsJsonAsync($"{Accounts}/{id}", new { name = "Ali", version, allowDuplicate = true }, CrmApp.Json);

        Assert.Equal("阿里巴巴", updated.GetProperty("alternateName").GetString());
        Assert.Equal(["ecommerce"], updated.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("notes").ValueKind);
        var problem = await stale.ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal("concurrency.stale_version", problem.Code());
        Assert.Equal(updated.Version(), problem.GetProperty("currentVersion").GetUInt32());
        Assert.Equal("Alibaba Group", problem.GetProperty("current").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Invalid_update_is_400_out_of_scope_404_and_without_write_permission_403()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewAccountAsync("Guarded Group");
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var reader = await app.CreateUserAsync(["customers.read"]);

        var invalid = await admin.PutAsJsonAsync($"{Accounts}/{id}", new { name = "", tags = new[] { new string('t', 51) } }, CrmApp.Json);
        var outOfScope = await rep.Client.PutAsJsonAsync($"{Accounts}/{id}", new { name = "Mine Now", version }, CrmApp.Json);
        var forbidden = await reader.Client.PutAsJsonAsync($"{Accounts}/{id}", new { name = "Mine Now", version }, CrmApp.Json);

        var problem = await invalid.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Contains("name", problem.FieldErrors());
        Assert.Contains("tags", problem.FieldErrors());
        Assert.Contains("version", problem.FieldErrors());
        await outOfScope.ReadAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Deleted_account_leaves_the_list_for_the_trash_and_restore_brings_it_back()
    {
        var admin = await app.AdminAsync();
        var marker = RecordsTestApi.Marker();
        var (id, version) = await admin.NewAccountAsync($"Trash {marker}");

        await (await admin.DeleteAsync($"{Accounts}/{id}?version={version}")).ReadAsync(HttpStatusCode.NoContent);

        Assert.Empty((await admin.GetJsonAsync($"{Accounts}?q={marker}")).Ids());
        Assert.Equal([id], (await admin.GetJsonAsync($"{Accounts}?q={marker}&deleted=true")).Ids());
        var restored = await (await admin.PostAsync($"{Accounts}/{id}/restore", null)).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, restored.GetProperty("deletedAt").ValueKind);
        Assert.Equal([id], (await admin.GetJsonAsync($"{Accounts}?q={marker}")).Ids());
    }

    [Fact]
    public async Task Delete_needs_a_current_version_a_visible_account_and_write_permission()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewAccountAsync("Sticky Ltd");
        var renamed = await (await admin.PutAsJsonAsync($"{Accounts}/{id}", new { name = "Sticky Limited", version, allowDuplicate = true }, CrmApp.Json))
            .ReadAsync(HttpStatusCode.OK);
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var reader = await app.CreateUserAsync(["customers.read"]);

        Assert.Contains("version", (await (await admin.DeleteAsync($"{Accounts}/{id}")).ReadAsync(HttpStatusCode.BadRequest)).FieldErrors());
        Assert.Equal(renamed.Version(), (await (await admin.DeleteAsync($"{Accounts}/{id}?version={version}")).ReadAsync(HttpStatusCode.Conflict))
            .GetProperty("currentVersion").GetUInt32());
        await (await rep.Client.DeleteAsync($"{Accounts}/{id}?version={renamed.Version()}")).ReadAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Client.DeleteAsync($"{Accounts}/{id}?version={renamed.Version()}")).StatusCode);
        await (await rep.Client.PostAsync($"{Accounts}/{id}/restore", null)).ReadAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Client.PostAsync($"{Accounts}/{id}/restore", null)).StatusCode);
        Assert.Equal(JsonValueKind.Null, (await admin.GetJsonAsync($"{Accounts}/{id}")).GetProperty("deletedAt").ValueKind);
    }
}
