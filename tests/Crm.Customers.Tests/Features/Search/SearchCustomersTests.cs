using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Search;

public sealed class SearchCustomersTests(CrmApp app) : IClassFixture<CrmApp>
{
    private static async Task<Guid> CreateAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body, CrmApp.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(CrmApp.Json)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Finds_accounts_and_contacts_by_part_of_a_chinese_or_latin_name()
    {
        var admin = await app.AdminAsync();
        var account = await CreateAsync(admin, "/api/v1/customers/accounts", new { name = "深圳瑞丰科技有限公司", alternateName = "Ruifeng Tech" });
        var contact = await CreateAsync(admin, "/api/v1/customers/contacts", new { fullName = "瑞丽", alternateName = "Rui Li", accountId = account });

        var byChinese = await admin.GetFromJsonAsync<JsonElement>("/api/v1/customers/search?q=瑞", CrmApp.Json);
        var byLatin = await admin.GetFromJsonAsync<JsonElement>("/api/v1/customers/search?q=RUIFENG", CrmApp.Json);

        Assert.Contains(byChinese.GetProperty("accounts").EnumerateArray(), a => a.GetProperty("id").GetGuid() == account);
        var hit = Assert.Single(byChinese.GetProperty("contacts").EnumerateArray(), c => c.GetProperty("id").GetGuid() == contact);
        Assert.Equal("深圳瑞丰科技有限公司", hit.GetProperty("accountName").GetString());
        Assert.Contains(byLatin.GetProperty("accounts").EnumerateArray(), a => a.GetProperty("id").GetGuid() == account);
        Assert.Empty(byLatin.GetProperty("contacts").EnumerateArray());
    }

    [Fact]
    public async Task Records_outside_the_callers_scope_are_not_found()
    {
        var admin = await app.AdminAsync();
        await CreateAsync(admin, "/api/v1/customers/contacts", new { fullName = "Hidden Quokka" });
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        await CreateAsync(rep.Client, "/api/v1/customers/contacts", new { fullName = "Visible Quokka" });

        var found = await rep.Client.GetFromJsonAsync<JsonElement>("/api/v1/customers/search?q=quokka", CrmApp.Json);

        Assert.Equal(["Visible Quokka"], found.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Empty_text_or_a_limit_out_of_range_is_400()
    {
        var admin = await app.AdminAsync();

        var empty = await admin.GetAsync("/api/v1/customers/search?q=");
        var tooMany = await admin.GetAsync("/api/v1/customers/search?q=a&limit=500");

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await empty.Content.ReadFromJsonAsync<JsonElement>(CrmApp.Json)).GetProperty("errors").TryGetProperty("q", out _));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
    }

    [Fact]
    public async Task Without_read_permission_it_is_403()
    {
        var outsider = await app.CreateUserAsync(["sales.read"]);

        var response = await outsider.Client.GetAsync("/api/v1/customers/search?q=a");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
