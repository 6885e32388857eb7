using System.Net;
using System.Net.Http.Json;
using System.Text;
using Crm.Customers.Tests.Features.Contacts;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Accounts;

public sealed class AccountHistoryAndExportTests(CrmApp app) : IClassFixture<CrmApp>
{
    private const string Accounts = RecordsTestApi.Accounts;

    [Fact]
    public async Task History_lists_the_audit_trail_newest_first()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.NewAccountAsync(new { name = "Audited Co", industry = "Retail", allowDuplicate = true });
        var deleted = await admin.DeleteAsync($"{Accounts}/{id}?version={version}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await app.DrainOutboxAsync();

        var history = await admin.GetJsonAsync($"{Accounts}/{id}/history");

        Assert.Equal(["Deleted", "Created"], history.Items().Select(r => r.GetProperty("action").GetString()));
        Assert.All(history.Items(), r => Assert.Equal("Account", r.GetProperty("entityType").GetString()));
        Assert.Contains(history.Items()[1].GetProperty("changes").EnumerateArray(),
            c => c.GetProperty("field").GetString() == "Industry" && c.GetProperty("new").GetString() == "Retail");
    }

    [Fact]
    public async Task History_of_a_hidden_or_missing_account_is_404_bad_paging_400_and_without_read_permission_403()
    {
        var admin = await app.AdminAsync();
        var (id, _) = await admin.NewAccountAsync("Secret History");
        var rep = await app.CreateUserAsync(["customers.read"], DataScope.Own);
        var outsider = await app.CreateUserAsync(["sales.read"]);

        await (await rep.Client.GetAsync($"{Accounts}/{id}/history")).ReadAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"{Accounts}/{Guid.NewGuid()}/history")).ReadAsync(HttpStatusCode.NotFound);
        Assert.Contains("cursor", (await (await admin.GetAsync($"{Accounts}/{id}/history?cursor=abc")).ReadAsync(HttpStatusCode.BadRequest)).FieldErrors());
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync($"{Accounts}/{id}/history")).StatusCode);
    }

    [Fact]
    public async Task Export_is_csv_with_a_bom_and_only_the_visible_filtered_rows()
    {
        var admin = await app.AdminAsync();
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var tag = RecordsTestApi.Marker();
        await admin.NewAccountAsync(new { name = "小米科技", alternateName = "Xiaomi", tags = new[] { tag }, tier = "A", allowDuplicate = true });
        await admin.NewAccountAsync(new { name = "Excluded By Tier", tags = new[] { tag }, allowDuplicate = true });
        await rep.Client.NewAccountAsync(new { name = "Rep's Account", tags = new[] { tag }, tier = "A", allowDuplicate = true });

        var response = await admin.GetAsync($"{Accounts}/export?tag={tag}&tier=A");
        var repsCsv = await (await rep.Client.GetAsync($"{Accounts}/export?tag={tag}")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Id,Name,AlternateName,Industry,Website,", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("小米科技", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Excluded By Tier", StringComparison.Ordinal));
        Assert.Contains("Rep's Account", repsCsv, StringComparison.Ordinal);
        Assert.DoesNotContain("小米科技", repsCsv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_with_invalid_filters_is_400_and_without_read_permission_403()
    {
        var admin = await app.AdminAsync();
        var outsider = await app.CreateUserAsync(["marketing.read"]);

        Assert.Contains("dir", (await (await admin.GetAsync($"{Accounts}/export?dir=random")).ReadAsync(HttpStatusCode.BadRequest)).FieldErrors());
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync($"{Accounts}/export")).StatusCode);
    }
}
