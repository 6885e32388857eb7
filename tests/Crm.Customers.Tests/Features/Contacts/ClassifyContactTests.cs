using System.Net;
using System.Net.Http.Json;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Contacts;

public sealed class ClassifyContactTests(CrmApp app) : IClassFixture<CrmApp>
{
    private static string Classification(Guid id) => $"{RecordsTestApi.Contacts}/{id}/classification";
    private static string History(Guid id) => $"{RecordsTestApi.Contacts}/{id}/classification-history";

    [Fact]
    public async Task Classifying_writes_a_history_row_and_a_timeline_line_per_changed_field()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewContactAsync("Zhou Xun");

        var response = await admin.PostAsJsonAsync(Classification(id),
            new { tier = "A", stage = "Potential", relationship = "Developing", reason = "Signed the framework deal", version }, CrmApp.Json);

        var contact = await response.ReadAsync(HttpStatusCode.OK);
        Assert.Equal("A", contact.GetProperty("tier").GetString());
        Assert.Equal("Developing", contact.GetProperty("relationship").GetString());
        // The stage was already Potential: two fields changed, not three.
        Assert.Equal(2L, await app.ScalarAsync<long>("select count(*) from customers.classification_changes where record_id = $1", id));
        Assert.Equal(2L, await app.ScalarAsync<long>(
            """
            select count(*) from customers.timeline_entries t
            join customers.classification_changes c on c.id = t.source_id
            where t.contact_id = $1 and t.kind = 'classification.changed' and t.source_module = 'customers'
              and t.summary = 'Signed the framework deal'
            """, id));

        var history = await admin.GetJsonAsync(History(id));
        Assert.Equal(["Relationship", "Tier"], history.Items().Select(h => h.GetProperty("field").GetString()).Order());
        var tier = history.Items().Single(h => h.GetProperty("field").GetString() == "Tier");
        Assert.Equal("C", tier.GetProperty("oldValue").GetString());
        Assert.Equal("A", tier.GetProperty("newValue").GetString());
        Assert.Equal("Administrator", tier.GetProperty("changedByName").GetString());
    }

    [Fact]
    public async Task History_is_newest_first_and_keyset_paged()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewContactAsync("Paged History");
        foreach (var tier in new[] { "B", "A", "C" })
            version = (await (await admin.PostAsJsonAsync(Classification(id), new { tier, version }, CrmApp.Json)).ReadAsync(HttpStatusCode.OK)).Version();

        var first = await admin.GetJsonAsync($"{History(id)}?limit=2");
        var second = await admin.GetJsonAsync($"{History(id)}?limit=2&cursor={first.GetProperty("nextCursor").GetString()}");

        var values = first.Items().Concat(second.Items()).Select(h => h.GetProperty("newValue").GetString());
        Assert.Equal(["C", "A", "B"], values);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Nothing_to_change_or_an_unknown_value_is_400_with_field_errors()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewContactAsync("Bad Input");

        var empty = await admin.PostAsJsonAsync(Classification(id), new { reason = new string('x', 501) }, CrmApp.Json);
        var unknown = await admin.PostAsJsonAsync(Classification(id), new { tier = "Z", version }, CrmApp.Json);
        var badCursor = await admin.GetAsync($"{History(id)}?cursor=garbage&limit=0");

        var problem = await empty.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Contains("tier", problem.FieldErrors());
        Assert.Contains("reason", problem.FieldErrors());
        Assert.Contains("version", problem.FieldErrors());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var paging = await badCursor.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Contains("cursor", paging.FieldErrors());
        Assert.Contains("limit", paging.FieldErrors());
    }

    [Fact]
    public async Task Stale_classification_returns_409_and_writes_no_history()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewContactAsync("Stale Class");
        var current = await (await admin.PostAsJsonAsync(Classification(id), new { tier = "B", version }, CrmApp.Json)).ReadAsync(HttpStatusCode.OK);

        var stale = await admin.PostAsJsonAsync(Classification(id), new { tier = "A", version }, CrmApp.Json);

        var problem = await stale.ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal(current.Version(), problem.GetProperty("currentVersion").GetUInt32());
        Assert.Equal("B", problem.GetProperty("current").GetProperty("tier").GetString());
        Assert.Equal(1L, await app.ScalarAsync<long>("select count(*) from customers.classification_changes where record_id = $1", id));
    }

    [Fact]
    public async Task Missing_or_out_of_scope_contact_is_404_and_without_permission_403()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewContactAsync("Scoped Class");
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var reader = await app.CreateUserAsync(["customers.read"]);
        var outsider = await app.CreateUserAsync(["sales.read"]);

        Assert.Equal(HttpStatusCode.NotFound, (await rep.Client.PostAsJsonAsync(Classification(id), new { tier = "A", version }, CrmApp.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync(Classification(Guid.NewGuid()), new { tier = "A", version }, CrmApp.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Client.PostAsJsonAsync(Classification(id), new { tier = "A", version }, CrmApp.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rep.Client.GetAsync(History(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(History(Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync(History(id))).StatusCode);
        Assert.Equal("C", (await admin.GetJsonAsync($"{RecordsTestApi.Contacts}/{id}")).GetProperty("tier").GetString());
    }
}
