using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Crm.Customers.Tests.Features.Timeline;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Import;

public sealed class ImportTests(CrmApp app) : IClassFixture<CrmApp>
{
    private const string ContactsImport = "/api/v1/customers/contacts/import";
    private const string AccountsImport = "/api/v1/customers/accounts/import";

    private static MultipartFormDataContent Form(string csv, string? mapping = null, bool dryRun = false, bool bom = false, bool allowDuplicates = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        var file = new ByteArrayContent(bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent { { file, "file", "import.csv" } };
        if (mapping is not null) form.Add(new StringContent(mapping), "mapping");
        if (dryRun) form.Add(new StringContent("true"), "dryRun");
        if (allowDuplicates) form.Add(new StringContent("true"), "allowDuplicates");
        return form;
    }

    private static (int Row, string? Field, string Code)[] Errors(JsonElement report) =>
        [.. report.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("field").GetString(), e.GetProperty("code").GetString()!))];

    [Fact]
    public async Task Import_reports_exactly_the_bad_rows_by_row_number_and_writes_every_good_row_whole()
    {
        var admin = await app.AdminAsync();
        var accountId = await admin.CreateAccountAsync("Harbour Logistics");
        await admin.CreateContactAsync(name: "Existing Person");
        await app.ScalarAsync<int>("UPDATE customers.contacts SET email = 'taken@example.com' WHERE full_name = 'Existing Person' RETURNING 1");
        var csv = """
            Name,E-mail,Phone,Company,Tier,Tags,Notes
            Alice Zhou,alice@import.test,+86 21 5555 0101,Harbour Logistics,A,vip;shanghai,"Met at the fair,
            wants a quote"
            Bob Li,not-an-email,,,B,,
            ,nobody@import.test,,,,,
            Carol Wu,TAKEN@example.com,,,,,
            Dan Ma,dan@import.test,+1 (415) 555-0199,,c,,
            "Eve, Jr.",eve@import.test,,,,,
            """;

        var response = await admin.PostAsync(ContactsImport, Form(csv));

        var report = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(6, report.GetProperty("totalRows").GetInt32());
        Assert.Equal(3, report.GetProperty("imported").GetInt32());
        Assert.Equal(3, report.GetProperty("failed").GetInt32());
        Assert.False(report.GetProperty("dryRun").GetBoolean());
        // Alice's notes span two lines, so Bob is row 3 as a spreadsheet counts rows.
        Assert.Equal([(3, "email", "validation.failed"), (4, "fullName", "validation.failed"), (5, null, "customers.possible_duplicates")], Errors(report));
        Assert.Equal(3L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.contacts WHERE email LIKE '%@import.test'"));
        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.contacts WHERE full_name IN ('Bob Li', 'Carol Wu') OR email = 'nobody@import.test'"));
        Assert.Equal(1L, await app.ScalarAsync<long>(
            "SELECT count(*) FROM customers.contacts WHERE email = 'alice@import.test' AND full_name = 'Alice Zhou' AND phone = '+86 21 5555 0101' " +
            "AND tier = 'A' AND account_id = $1 AND tags = ARRAY['shanghai','vip'] AND notes LIKE 'Met at the fair,%quote'", accountId));
        Assert.Equal(1L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.contacts WHERE full_name = 'Eve, Jr.' AND tier = 'C'"));
        Assert.Equal(1L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.contacts WHERE full_name = 'Dan Ma' AND tier = 'C'"));
    }

    [Fact]
    public async Task Dry_run_reports_what_a_real_run_would_including_duplicates_within_the_file_and_writes_nothing()
    {
        var admin = await app.AdminAsync();
        var csv = "fullName,email,tier\nFrank Dry,frank@dryrun.test,A\nFrank Again,FRANK@dryrun.test,B\nGrace Dry,grace@dryrun.test,Z\nHeidi Dry,heidi@dryrun.test,\n";

        var response = await admin.PostAsync(ContactsImport, Form(csv, dryRun: true));

        var report = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal(4, report.GetProperty("totalRows").GetInt32());
        Assert.Equal(2, report.GetProperty("imported").GetInt32());
        Assert.Equal([(3, null, "customers.possible_duplicates"), (4, "tier", "validation.failed")], Errors(report));
        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.contacts WHERE email LIKE '%@dryrun.test'"));
        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.outbox_messages WHERE payload::text LIKE '%dryrun.test%'"));

        var allowed = await (await admin.PostAsync(ContactsImport, Form(csv, dryRun: true, allowDuplicates: true))).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(3, allowed.GetProperty("imported").GetInt32());
        Assert.Equal([(4, "tier", "validation.failed")], Errors(allowed));
    }

    [Fact]
    public async Task A_chinese_row_with_chinese_headers_round_trips_and_links_its_company()
    {
        var admin = await app.AdminAsync();
        var accountId = await admin.CreateAccountAsync("北京星辰科技有限公司");
        var csv = "姓名,邮箱,手机,公司,城市\n张伟,zhang.wei@xingchen.cn,138 0013 8000,北京星辰科技有限公司,北京\n";

        var report = await (await admin.PostAsync(ContactsImport, Form(csv, bom: true))).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(1, report.GetProperty("imported").GetInt32());
        var id = await app.ScalarAsync<Guid>("SELECT id FROM customers.contacts WHERE email = 'zhang.wei@xingchen.cn'");
        var contact = await (await admin.GetAsync($"/api/v1/customers/contacts/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("张伟", contact.GetProperty("fullName").GetString());
        Assert.Equal("138 0013 8000", contact.GetProperty("mobile").GetString());
        Assert.Equal(accountId, contact.GetProperty("accountId").GetGuid());
        Assert.Equal("北京星辰科技有限公司", contact.GetProperty("accountName").GetString());
        Assert.Equal("北京", contact.GetProperty("address").GetProperty("city").GetString());
    }

    [Fact]
    public async Task A_company_the_importer_cannot_see_is_reported_on_its_row_and_the_row_is_skipped()
    {
        var admin = await app.AdminAsync();
        await admin.CreateAccountAsync("Hidden Holdings");
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var csv = "name,company\nIvan Scope,Hidden Holdings\nJudy Scope,\n";

        var report = await (await rep.Client.PostAsync(ContactsImport, Form(csv))).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal([(2, "account", "customers.account_not_found")], Errors(report));
        Assert.Equal(1L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.contacts WHERE full_name LIKE '% Scope' AND owner_id = $1", rep.Id));
    }

    [Fact]
    public async Task A_row_with_broken_quoting_is_reported_and_the_rows_around_it_are_imported()
    {
        var admin = await app.AdminAsync();
        var csv = "name,email\nKim Quote,kim@quote.test\nLeo \"Q\"uote,leo@quote.test\nMia Quote,mia@quote.test\n";

        var report = await (await admin.PostAsync(ContactsImport, Form(csv))).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal([(3, null, "customers.import_malformed_row")], Errors(report));
        Assert.Equal(2L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.contacts WHERE email LIKE '%@quote.test'"));
    }

    [Fact]
    public async Task Listed_errors_stop_at_1000_but_every_failed_row_is_counted()
    {
        var admin = await app.AdminAsync();
        var csv = new StringBuilder("name,email\n");
        for (var i = 0; i < 1001; i++) csv.Append(",x").Append(i).Append("@cap.test\n");

        var report = await (await admin.PostAsync(ContactsImport, Form(csv.ToString()))).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(1001, report.GetProperty("failed").GetInt32());
        Assert.Equal(1000, report.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Accounts_import_with_a_mapping_and_semicolons_reports_bad_values_per_field()
    {
        var admin = await app.AdminAsync();
        var csv = "Firma;Web;Stufe;Intern\nNorthwind Import GmbH;northwind.example;B;x\nBad Tier AG;;Q;x\nBad Site KG;not a site;;x\n";
        var mapping = """{ "Firma": "name", "Web": "website", "Stufe": "tier", "Intern": null }""";

        var report = await (await admin.PostAsync(AccountsImport, Form(csv, mapping))).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(3, report.GetProperty("totalRows").GetInt32());
        Assert.Equal([(3, "tier", "validation.failed"), (4, "website", "validation.failed")], Errors(report));
        Assert.Equal(1L, await app.ScalarAsync<long>(
            "SELECT count(*) FROM customers.accounts WHERE name = 'Northwind Import GmbH' AND website = 'northwind.example' AND tier = 'B'"));
        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.accounts WHERE name IN ('Bad Tier AG', 'Bad Site KG')"));
    }

    [Fact]
    public async Task A_missing_file_bad_mapping_or_file_without_a_name_column_is_400_with_field_errors()
    {
        var admin = await app.AdminAsync();

        var noFile = await admin.PostAsync(ContactsImport, new MultipartFormDataContent { { new StringContent("true"), "dryRun" } });
        var badJson = await admin.PostAsync(ContactsImport, Form("name\nA\n", mapping: "{not json"));
        var unknownField = await admin.PostAsync(ContactsImport, Form("name\nA\n", mapping: """{ "name": "shoeSize" }"""));
        var absentColumn = await admin.PostAsync(ContactsImport, Form("name\nA\n", mapping: """{ "Surname": "fullName" }"""));
        var noNameColumn = await admin.PostAsync(AccountsImport, Form("email,phone\na@b.test,123456\n"));
        var empty = await admin.PostAsync(AccountsImport, Form(""));

        Assert.True((await noFile.ExpectAsync(HttpStatusCode.BadRequest)).HasFieldError("file"));
        Assert.True((await badJson.ExpectAsync(HttpStatusCode.BadRequest)).HasFieldError("mapping"));
        Assert.True((await unknownField.ExpectAsync(HttpStatusCode.BadRequest)).HasFieldError("mapping"));
        Assert.True((await absentColumn.ExpectAsync(HttpStatusCode.BadRequest)).HasFieldError("mapping"));
        Assert.True((await noNameColumn.ExpectAsync(HttpStatusCode.BadRequest)).HasFieldError("file"));
        Assert.True((await empty.ExpectAsync(HttpStatusCode.BadRequest)).HasFieldError("file"));
    }

    [Fact]
    public async Task Importing_needs_customers_write()
    {
        var reader = await app.CreateUserAsync(["customers.read"], DataScope.All);

        var contacts = await reader.Client.PostAsync(ContactsImport, Form("name\nNope Reader\n"));
        var accounts = await reader.Client.PostAsync(AccountsImport, Form("name\nNope Reader Ltd\n"));

        Assert.Equal(HttpStatusCode.Forbidden, contacts.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, accounts.StatusCode);
        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.contacts WHERE full_name = 'Nope Reader'"));
    }
}
