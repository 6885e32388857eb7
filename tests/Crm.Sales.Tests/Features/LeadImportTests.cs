using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Crm.TestKit;

namespace Crm.Sales.Tests.Features;

public sealed class LeadImportTests(CrmApp app) : IClassFixture<CrmApp>
{
    private static MultipartFormDataContent Form(string csv, bool dryRun = false)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "leads.csv" }, { new StringContent(dryRun ? "true" : "false"), "dryRun" } };
    }

    [Fact]
    public async Task Good_rows_become_new_leads_and_bad_rows_are_reported_by_row_number()
    {
        var admin = await app.AdminAsync();
        const string csv = "姓名,Company,E-mail,Lead Source,Score\n王磊,华信科技,wang.lei@huaxin.example,Trade show,80\nBad Mail,X,not-an-email,Web,10\n,Nameless Ltd,,,\nLi Na,,li.na@import.example,,abc\n";

        var dry = await (await admin.PostAsync($"{SalesApi.Base}/leads/import", Form(csv, dryRun: true))).OkJsonAsync();
        Assert.Equal(1, dry.GetProperty("imported").GetInt32());
        Assert.Equal(0, await app.ScalarAsync<long>("SELECT count(*) FROM sales.leads WHERE email = 'wang.lei@huaxin.example'"));

        var report = await (await admin.PostAsync($"{SalesApi.Base}/leads/import", Form(csv))).OkJsonAsync();

        Assert.Equal(4, report.GetProperty("totalRows").GetInt32());
        Assert.Equal(1, report.GetProperty("imported").GetInt32());
        var errors = report.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.Str("field"))).ToList();
        Assert.Contains((3, "email"), errors);
        Assert.Contains((4, "fullName"), errors);
        Assert.Contains((5, "score"), errors);
        var leads = await (await admin.GetSalesAsync("/leads?q=huaxin")).OkJsonAsync();
        var lead = Assert.Single(leads.GetProperty("items").EnumerateArray());
        Assert.Equal("New", lead.Str("status"));
        Assert.Equal("Trade show", lead.Str("source"));
    }

    [Fact]
    public async Task A_file_without_a_name_column_is_400()
    {
        var admin = await app.AdminAsync();

        var response = await admin.PostAsync($"{SalesApi.Base}/leads/import", Form("email,company\na@b.example,X\n"));

        await response.ProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }
}
