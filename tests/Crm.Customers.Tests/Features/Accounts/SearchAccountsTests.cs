using System.Net;
using System.Text.Json;
using Crm.Customers.Tests.Features.Contacts;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Accounts;

public sealed class SearchAccountsTests(CrmApp app) : IClassFixture<CrmApp>
{
    private static string List(string query) => $"{RecordsTestApi.Accounts}?{query}";

    [Fact]
    public async Task Chinese_and_latin_names_are_found_by_part_of_them()
    {
        var admin = await app.AdminAsync();
        var (id, _) = await admin.NewAccountAsync(new { name = "腾讯控股", alternateName = "Tencent Holdings", allowDuplicate = true });

        Assert.Contains(id, (await admin.GetJsonAsync(List("q=腾讯"))).Ids());
        Assert.Contains(id, (await admin.GetJsonAsync(List("q=讯"))).Ids());
        Assert.Contains(id, (await admin.GetJsonAsync(List("q=tencent"))).Ids());
        Assert.Contains(id, (await admin.GetJsonAsync(List("q=HOLDINGS"))).Ids());
    }

    [Fact]
    public async Task Website_email_and_phone_digits_find_the_account()
    {
        var admin = await app.AdminAsync();
        var marker = RecordsTestApi.Marker();
        var (id, _) = await admin.NewAccountAsync(new
        {
            name = "Contact Points", website = $"www.{marker}.cn", email = $"sales@{marker}-mail.cn", phone = "+86 21 8765 4321", allowDuplicate = true,
        });

        Assert.Contains(id, (await admin.GetJsonAsync(List($"q={marker}.cn"))).Ids());
        Assert.Contains(id, (await admin.GetJsonAsync(List($"q={marker}-mail"))).Ids());
        Assert.Contains(id, (await admin.GetJsonAsync(List($"q={Uri.EscapeDataString("8765 4321")}"))).Ids());
    }

    [Fact]
    public async Task A_typo_finds_the_account_as_a_fuzzy_row()
    {
        var admin = await app.AdminAsync();
        var (id, _) = await admin.NewAccountAsync("Shanghai Electric");

        var page = await admin.GetJsonAsync(List("q=Shangahi Electirc"));

        var row = Assert.Single(page.Items(), a => a.GetProperty("id").GetGuid() == id);
        Assert.True(row.GetProperty("fuzzy").GetBoolean());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Filters_narrow_the_list()
    {
        var admin = await app.AdminAsync();
        var tag = RecordsTestApi.Marker();
        var team = await app.CreateTeamAsync();
        var (gold, _) = await admin.NewAccountAsync(new { name = "Gold", tier = "A", stage = "Loyal", teamId = team, tags = new[] { tag }, allowDuplicate = true });
        var (plain, _) = await admin.NewAccountAsync(new { name = "Plain", tags = new[] { tag }, allowDuplicate = true });

        Assert.Equal([gold, plain], (await admin.GetJsonAsync(List($"tag={tag}"))).Ids());
        Assert.Equal([gold], (await admin.GetJsonAsync(List($"tag={tag}&tier=A&stage=Loyal"))).Ids());
        Assert.Equal([gold], (await admin.GetJsonAsync(List($"tag={tag}&teamId={team}"))).Ids());
        Assert.Equal([plain], (await admin.GetJsonAsync(List($"tag={tag}&relationship=Preparing&tier=C"))).Ids());
    }

    [Theory]
    [InlineData("name", "asc")]
    [InlineData("createdAt", "desc")]
    [InlineData("updatedAt", "asc")]
    public async Task Keyset_pages_are_complete_disjoint_and_in_order(string sort, string dir)
    {
        var admin = await app.AdminAsync();
        var tag = RecordsTestApi.Marker();
        foreach (var name in new[] { "Orion", "Lyra", "Orion", "Vega", "Lyra", "Altair", "Deneb" })
            await admin.NewAccountAsync(new { name, tags = new[] { tag }, allowDuplicate = true });
        var everything = (await admin.GetJsonAsync(List($"tag={tag}&sort={sort}&dir={dir}"))).Ids();

        var seen = new List<Guid>();
        var pages = 0;
        string? cursor = null;
        do
        {
            var page = await admin.GetJsonAsync(List($"tag={tag}&sort={sort}&dir={dir}&limit=3" + (cursor is null ? "" : $"&cursor={cursor}")));
            seen.AddRange(page.Ids());
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        } while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(7, seen.Distinct().Count());
        Assert.Equal(everything, seen);
    }

    [Fact]
    public async Task A_caller_with_own_scope_lists_only_their_own_accounts()
    {
        var admin = await app.AdminAsync();
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var marker = RecordsTestApi.Marker();
        await admin.NewAccountAsync($"Admin {marker}");
        var (mine, _) = await rep.Client.NewAccountAsync($"Rep {marker}");

        Assert.Equal([mine], (await rep.Client.GetJsonAsync(List($"q={marker}"))).Ids());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("sort=revenue", "sort")]
    [InlineData("dir=sideways", "dir")]
    [InlineData("cursor=%25%25%25", "cursor")]
    public async Task Invalid_list_parameters_are_400_with_field_errors(string query, string field)
    {
        var admin = await app.AdminAsync();

        Assert.Contains(field, (await (await admin.GetAsync(List(query))).ReadAsync(HttpStatusCode.BadRequest)).FieldErrors());
    }

    [Fact]
    public async Task Listing_without_customers_read_is_403()
    {
        var outsider = await app.CreateUserAsync(["service.read"]);

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync(RecordsTestApi.Accounts)).StatusCode);
    }
}
