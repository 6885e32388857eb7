using System.Net;
using System.Text;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Contacts;

public sealed class ExportContactsTests(CrmApp app) : IClassFixture<CrmApp>
{
    private static string Export(string query) => $"{RecordsTestApi.Contacts}/export?{query}";

    [Fact]
    public async Task Export_is_utf8_csv_with_a_bom_a_header_and_a_file_name()
    {
        var admin = await app.AdminAsync();
        var tag = RecordsTestApi.Marker();
        var (account, _) = await admin.NewAccountAsync($"北京科技 {tag}");
        await admin.NewContactAsync(new
        {
            fullName = "张伟", alternateName = "Zhang Wei", email = "zhang.wei@example.cn", phone = "+86 10 1234 5678", accountId = account,
            tags = new[] { tag, "vip" }, address = new { city = "北京", country = "CN" }, allowDuplicate = true,
        });
        await admin.NewContactAsync(new { fullName = "=HYPERLINK(\"http://evil\")", tags = new[] { tag }, allowDuplicate = true });

        var response = await admin.GetAsync(Export($"tag={tag}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("contacts-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Id,FullName,AlternateName,JobTitle,Email,Phone,Mobile,Account,", lines[0]);
        Assert.Equal(3, lines.Length);
        var zhang = Assert.Single(lines, l => l.Contains("张伟", StringComparison.Ordinal));
        Assert.Contains($"北京科技 {tag}", zhang, StringComparison.Ordinal);
        Assert.Contains($"{tag}; vip", zhang, StringComparison.Ordinal);
        Assert.Contains("Administrator", zhang, StringComparison.Ordinal);
        // A formula is written as text, so a spreadsheet does not run it.
        Assert.Contains(lines, l => l.Contains("\"'=HYPERLINK(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_holds_only_the_rows_the_caller_may_see()
    {
        var admin = await app.AdminAsync();
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var marker = RecordsTestApi.Marker();
        await admin.NewContactAsync($"Hidden {marker}");
        await rep.Client.NewContactAsync($"Shown {marker}");

        var csv = await (await rep.Client.GetAsync(Export($"q={marker}"))).Content.ReadAsStringAsync();

        Assert.Contains($"Shown {marker}", csv, StringComparison.Ordinal);
        Assert.DoesNotContain($"Hidden {marker}", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_streams_many_rows_in_the_lists_order()
    {
        var admin = await app.AdminAsync();
        var tag = RecordsTestApi.Marker();
        // Long notes are not exported, but long addresses are: 120 rows of ~600 bytes outgrow every write buffer.
        var street = new string('x', 190);
        foreach (var batch in Enumerable.Range(0, 120).Chunk(20))
            await Task.WhenAll(batch.Select(i => admin.NewContactAsync(new
            {
                fullName = $"Row {i:D3}", tags = new[] { tag }, address = new { line1 = street, line2 = street, city = "Hangzhou" }, allowDuplicate = true,
            })));

        var csv = await (await admin.GetAsync(Export($"tag={tag}&sort=name&dir=desc"))).Content.ReadAsStringAsync();

        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(120, rows.Count);
        Assert.Contains("Row 119", rows[0], StringComparison.Ordinal);
        Assert.Contains("Row 000", rows[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_filters_are_400_and_without_read_permission_403()
    {
        var admin = await app.AdminAsync();
        var outsider = await app.CreateUserAsync(["sales.read"]);

        Assert.Contains("sort", (await (await admin.GetAsync(Export("sort=price"))).ReadAsync(HttpStatusCode.BadRequest)).FieldErrors());
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync(Export(""))).StatusCode);
    }
}
