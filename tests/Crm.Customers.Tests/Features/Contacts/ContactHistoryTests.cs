using System.Net;
using System.Net.Http.Json;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Contacts;

public sealed class ContactHistoryTests(CrmApp app) : IClassFixture<CrmApp>
{
    private static string History(Guid id) => $"{RecordsTestApi.Contacts}/{id}/history";

    [Fact]
    public async Task History_lists_who_changed_which_fields_newest_first()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewContactAsync(new { fullName = "Audit Anna", email = "anna@example.cn", allowDuplicate = true });
        await (await admin.PutAsJsonAsync($"{RecordsTestApi.Contacts}/{id}",
            new { fullName = "Audit Anna", email = "anna@example.com", version, allowDuplicate = true }, CrmApp.Json)).ReadAsync(HttpStatusCode.OK);
        await app.DrainOutboxAsync();

        var history = await admin.GetJsonAsync(History(id));

        Assert.Equal(["Updated", "Created"], history.Items().Select(r => r.GetProperty("action").GetString()));
        var change = Assert.Single(history.Items()[0].GetProperty("changes").EnumerateArray());
        Assert.Equal("Email", change.GetProperty("field").GetString());
        Assert.Equal("anna@example.cn", change.GetProperty("old").GetString());
        Assert.Equal("anna@example.com", change.GetProperty("new").GetString());
        Assert.Equal("Contact", history.Items()[0].GetProperty("entityType").GetString());
    }

    [Fact]
    public async Task History_of_a_survivor_includes_the_merged_duplicates_trail()
    {
        var admin = await app.AdminAsync();
        var (survivor, version) = await admin.NewContactAsync("Trail Survivor");
        var (duplicate, duplicateVersion) = await admin.NewContactAsync("Trail Duplicate");
        await (await admin.PostAsJsonAsync($"{RecordsTestApi.Contacts}/{survivor}/merge",
            new { duplicateId = duplicate, version, duplicateVersion }, CrmApp.Json)).ReadAsync(HttpStatusCode.OK);
        await app.DrainOutboxAsync();

        var history = await admin.GetJsonAsync(History(survivor));

        Assert.Contains(history.Items(), r => r.GetProperty("entityId").GetGuid() == duplicate && r.GetProperty("action").GetString() == "Deleted");
        Assert.Contains(history.Items(), r => r.GetProperty("entityId").GetGuid() == survivor && r.GetProperty("action").GetString() == "Created");
    }

    [Fact]
    public async Task Missing_or_out_of_scope_contact_is_404_bad_paging_400_and_without_read_permission_403()
    {
        var admin = await app.AdminAsync();
        var (id, _) = await admin.NewContactAsync("Private History");
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var outsider = await app.CreateUserAsync(["sales.read"]);

        await (await rep.Client.GetAsync(History(id))).ReadAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync(History(Guid.NewGuid()))).ReadAsync(HttpStatusCode.NotFound);
        Assert.Contains("limit", (await (await admin.GetAsync($"{History(id)}?limit=500")).ReadAsync(HttpStatusCode.BadRequest)).FieldErrors());
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync(History(id))).StatusCode);
    }
}
