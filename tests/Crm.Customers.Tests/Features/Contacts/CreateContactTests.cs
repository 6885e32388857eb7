using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Contacts;

public sealed class CreateContactTests(CrmApp app) : IClassFixture<CrmApp>
{
    [Fact]
    public async Task Created_contact_can_be_read_back_with_its_version_as_etag()
    {
        var admin = await app.AdminAsync();

        var created = await admin.PostAsJsonAsync("/api/v1/customers/contacts",
            new { fullName = "张伟", alternateName = "Zhang Wei", email = "zhang.wei@example.cn", tags = new[] { "vip", "beijing" } }, CrmApp.Json);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(CrmApp.Json)).GetProperty("id").GetGuid();
        var response = await admin.GetAsync($"/api/v1/customers/contacts/{id}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var contact = await response.Content.ReadFromJsonAsync<JsonElement>(CrmApp.Json);
        Assert.Equal("张伟", contact.GetProperty("fullName").GetString());
        Assert.Equal("C", contact.GetProperty("tier").GetString());
        Assert.Equal($"\"{contact.GetProperty("version").GetUInt32()}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Same_email_is_409_with_candidates_and_can_be_overridden()
    {
        var admin = await app.AdminAsync();
        var body = new { fullName = "Li Na", email = "li.na@example.com" };
        (await admin.PostAsJsonAsync("/api/v1/customers/contacts", body, CrmApp.Json)).EnsureSuccessStatusCode();

        var again = await admin.PostAsJsonAsync("/api/v1/customers/contacts", new { fullName = "Na Li", email = "LI.NA@example.com" }, CrmApp.Json);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>(CrmApp.Json);
        Assert.Equal("customers.possible_duplicates", problem.GetProperty("code").GetString());
        Assert.Equal("email", problem.GetProperty("candidates")[0].GetProperty("matchedOn").GetString());

        var anyway = await admin.PostAsJsonAsync("/api/v1/customers/contacts",
            new { fullName = "Na Li", email = "LI.NA@example.com", allowDuplicate = true }, CrmApp.Json);
        Assert.Equal(HttpStatusCode.Created, anyway.StatusCode);
    }

    [Fact]
    public async Task Invalid_fields_are_400_with_per_field_errors()
    {
        var admin = await app.AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/customers/contacts", new { fullName = "", email = "not-an-email" }, CrmApp.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(CrmApp.Json);
        Assert.Equal("https://crm.dev/errors/validation.failed", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("fullName", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _));
    }
}
