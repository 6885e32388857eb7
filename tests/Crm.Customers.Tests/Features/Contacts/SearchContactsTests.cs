using System.Net;
using System.Text.Json;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Contacts;

public sealed class SearchContactsTests(CrmApp app) : IClassFixture<CrmApp>
{
    private static string List(string query) => $"{RecordsTestApi.Contacts}?{query}";

    [Fact]
    public async Task Chinese_name_is_found_by_the_whole_name_and_by_one_character()
    {
        var admin = await app.AdminAsync();
        var (id, _) = await admin.NewContactAsync("张伟");

        var whole = await admin.GetJsonAsync(List("q=张伟"));
        var single = await admin.GetJsonAsync(List("q=伟"));

        Assert.Contains(id, whole.Ids());
        Assert.Contains(id, single.Ids());
        Assert.All(single.Items(), c => Assert.False(c.GetProperty("fuzzy").GetBoolean()));
    }

    [Fact]
    public async Task Latin_name_is_found_by_either_word_whatever_the_case()
    {
        var admin = await app.AdminAsync();
        var (id, _) = await admin.NewContactAsync("Zhang Wei");

        Assert.Contains(id, (await admin.GetJsonAsync(List("q=zhang"))).Ids());
        Assert.Contains(id, (await admin.GetJsonAsync(List("q=WEI"))).Ids());
    }

    [Theory]
    [InlineData("Zhang Wie")]
    [InlineData("Zhnag Wei")]
    public async Task A_typo_finds_the_name_as_a_fuzzy_row_on_a_last_page(string typo)
    {
        var admin = await app.AdminAsync();
        var (id, _) = await admin.NewContactAsync(new { fullName = "Zhang Wei", email = "zw@example.cn", allowDuplicate = true });

        var page = await admin.GetJsonAsync(List($"q={Uri.EscapeDataString(typo)}"));

        var row = Assert.Single(page.Items(), c => c.GetProperty("id").GetGuid() == id);
        Assert.True(row.GetProperty("fuzzy").GetBoolean());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task A_search_lists_newest_first_and_pages_on_unless_a_sort_is_asked()
    {
        var admin = await app.AdminAsync();
        var marker = RecordsTestApi.Marker();
        var (a, _) = await admin.NewContactAsync($"Aa {marker}");
        var (c, _) = await admin.NewContactAsync($"Cc {marker}");
        var (b, _) = await admin.NewContactAsync($"Bb {marker}");

        var first = await admin.GetJsonAsync(List($"q={marker}&limit=2"));
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var second = await admin.GetJsonAsync(List($"q={marker}&limit=2&cursor={Uri.EscapeDataString(cursor)}"));
        var byName = await admin.GetJsonAsync(List($"q={marker}&sort=name"));

        Assert.Equal([b, c], first.Ids());
        Assert.Equal([a], second.Ids());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal([a, b, c], byName.Ids());
    }

    [Fact]
    public async Task Exact_matches_come_before_fuzzy_ones()
    {
        var admin = await app.AdminAsync();
        var marker = RecordsTestApi.Marker();
        var (exact, _) = await admin.NewContactAsync($"Chen {marker}");

        // The marker with one letter changed is not contained in the exact row, but is word-similar to it.
        var typo = marker[..^1] + (marker[^1] == 'x' ? 'y' : 'x');
        var (similar, _) = await admin.NewContactAsync($"Chen {typo}");
        var page = await admin.GetJsonAsync(List($"q={marker}"));

        Assert.Equal([exact, similar], page.Ids());
        Assert.Equal([false, true], page.Items().Select(c => c.GetProperty("fuzzy").GetBoolean()));
    }

    [Fact]
    public async Task Part_of_the_email_or_of_the_phone_digits_finds_the_contact()
    {
        var admin = await app.AdminAsync();
        var marker = RecordsTestApi.Marker();
        var (id, _) = await admin.NewContactAsync(new
        {
            fullName = "Li Xiaolong", email = $"xiaolong.{marker}@kungfu.cn", phone = "+86 139-2468-1357", mobile = "(021) 6666 7777",
            allowDuplicate = true,
        });

        Assert.Equal([id], (await admin.GetJsonAsync(List($"q={marker}@kungfu"))).Ids());
        Assert.Contains(id, (await admin.GetJsonAsync(List("q=13924681357"))).Ids());
        Assert.Contains(id, (await admin.GetJsonAsync(List($"q={Uri.EscapeDataString("2468 1357")}"))).Ids());
        Assert.Contains(id, (await admin.GetJsonAsync(List("q=66667777"))).Ids());
    }

    [Fact]
    public async Task Like_wildcards_in_the_search_text_are_taken_literally()
    {
        var admin = await app.AdminAsync();
        var marker = RecordsTestApi.Marker();
        var (literal, _) = await admin.NewContactAsync($"{marker} 100%_sure");
        await admin.NewContactAsync($"{marker} 1000 surely");

        var page = await admin.GetJsonAsync(List($"q={Uri.EscapeDataString("100%_s")}"));

        var exact = page.Items().Where(c => !c.GetProperty("fuzzy").GetBoolean()).Select(c => c.GetProperty("id").GetGuid());
        Assert.Equal([literal], exact);
    }

    [Fact]
    public async Task Filters_narrow_the_list_by_classification_tag_account_owner_and_creation_time()
    {
        var admin = await app.AdminAsync();
        var tag = RecordsTestApi.Marker();
        var (account, _) = await admin.NewAccountAsync($"Filter Co {tag}");
        var (vip, _) = await admin.NewContactAsync(new { fullName = "Filter Vip", tier = "A", stage = "Loyal", relationship = "Stable", tags = new[] { tag }, accountId = account, allowDuplicate = true });
        var (plain, _) = await admin.NewContactAsync(new { fullName = "Filter Plain", tags = new[] { tag, "other" }, allowDuplicate = true });
        var me = (await admin.GetJsonAsync("/api/v1/platform/me")).GetProperty("id").GetGuid();
        var created = (await admin.GetJsonAsync($"{RecordsTestApi.Contacts}/{vip}")).GetProperty("createdAt").GetDateTimeOffset();

        Assert.Equal([plain, vip], (await admin.GetJsonAsync(List($"tag={tag}"))).Ids());
        Assert.Equal([vip], (await admin.GetJsonAsync(List($"tag={tag}&tier=A"))).Ids());
        Assert.Equal([vip], (await admin.GetJsonAsync(List($"tag={tag}&stage=Loyal&relationship=Stable"))).Ids());
        Assert.Equal([vip], (await admin.GetJsonAsync(List($"accountId={account}"))).Ids());
        Assert.Equal([plain, vip], (await admin.GetJsonAsync(List($"tag={tag}&ownerId={me}"))).Ids());
        Assert.Empty((await admin.GetJsonAsync(List($"tag={tag}&ownerId={Guid.NewGuid()}"))).Ids());
        var from = Uri.EscapeDataString(created.AddHours(1).ToString("O"));
        Assert.Empty((await admin.GetJsonAsync(List($"tag={tag}&createdFrom={from}"))).Ids());
        var to = Uri.EscapeDataString(created.AddHours(1).ToString("O"));
        Assert.Equal([plain, vip], (await admin.GetJsonAsync(List($"tag={tag}&createdTo={to}"))).Ids());
        var row = (await admin.GetJsonAsync(List($"accountId={account}"))).Items()[0];
        Assert.Equal($"Filter Co {tag}", row.GetProperty("accountName").GetString());
    }

    [Theory]
    [InlineData("name", "asc")]
    [InlineData("name", "desc")]
    [InlineData("createdAt", "desc")]
    [InlineData("createdAt", "asc")]
    [InlineData("updatedAt", "desc")]
    public async Task Keyset_pages_are_complete_disjoint_and_in_order(string sort, string dir)
    {
        var admin = await app.AdminAsync();
        var tag = RecordsTestApi.Marker();
        // Repeated names make ties that only the id can break.
        foreach (var name in new[] { "Mei", "Bo", "Mei", "An", "Zhou", "Bo", "Mei", "Chang" })
            await admin.NewContactAsync(new { fullName = name, tags = new[] { tag }, allowDuplicate = true });
        var everything = await admin.GetJsonAsync(List($"tag={tag}&sort={sort}&dir={dir}&limit=200"));

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await admin.GetJsonAsync(List($"tag={tag}&sort={sort}&dir={dir}&limit=3" + (cursor is null ? "" : $"&cursor={cursor}")));
            Assert.InRange(page.Items().Count, 1, 3);
            seen.AddRange(page.Ids());
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        } while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(8, seen.Distinct().Count());
        Assert.Equal(everything.Ids(), seen);
        var keys = everything.Items().Select(c => sort == "name" ? c.GetProperty("fullName").GetString()! : c.GetProperty(sort).GetDateTimeOffset().ToString("O")).ToList();
        var ordered = dir == "asc" ? keys.Order(StringComparer.Ordinal) : keys.OrderDescending(StringComparer.Ordinal);
        Assert.Equal(ordered, keys);
    }

    [Fact]
    public async Task A_caller_with_own_scope_lists_only_their_own_contacts()
    {
        var admin = await app.AdminAsync();
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);
        var marker = RecordsTestApi.Marker();
        await admin.NewContactAsync($"Admin {marker}");
        var (mine, _) = await rep.Client.NewContactAsync($"Rep {marker}");

        Assert.Equal([mine], (await rep.Client.GetJsonAsync(List($"q={marker}"))).Ids());
        Assert.Equal(2, (await admin.GetJsonAsync(List($"q={marker}"))).Ids().Count);
    }

    [Fact]
    public async Task A_caller_with_team_scope_lists_the_teams_contacts()
    {
        var admin = await app.AdminAsync();
        var team = await app.CreateTeamAsync();
        var member = await app.CreateUserAsync(["customers.read"], DataScope.Team, team);
        var marker = RecordsTestApi.Marker();
        var (teams, _) = await admin.NewContactAsync(new { fullName = $"Team {marker}", teamId = team, allowDuplicate = true });
        await admin.NewContactAsync($"Other {marker}");

        Assert.Equal([teams], (await member.Client.GetJsonAsync(List($"q={marker}"))).Ids());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("sort=price", "sort")]
    [InlineData("dir=up", "dir")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("createdFrom=2026-02-01T00:00:00Z&createdTo=2026-01-01T00:00:00Z", "createdTo")]
    public async Task Invalid_list_parameters_are_400_with_field_errors(string query, string field)
    {
        var admin = await app.AdminAsync();

        var problem = await (await admin.GetAsync(List(query))).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Contains(field, problem.FieldErrors());
    }

    [Fact]
    public async Task A_name_cursor_is_400_for_a_date_sort()
    {
        var admin = await app.AdminAsync();
        var tag = RecordsTestApi.Marker();
        for (var i = 0; i < 3; i++) await admin.NewContactAsync(new { fullName = $"Cursor {i}", tags = new[] { tag }, allowDuplicate = true });
        var cursor = (await admin.GetJsonAsync(List($"tag={tag}&limit=1"))).GetProperty("nextCursor").GetString();

        var problem = await (await admin.GetAsync(List($"tag={tag}&limit=1&sort=createdAt&cursor={cursor}"))).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Contains("cursor", problem.FieldErrors());
    }

    [Fact]
    public async Task Listing_without_customers_read_is_403()
    {
        var outsider = await app.CreateUserAsync(["sales.read"]);

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync(RecordsTestApi.Contacts)).StatusCode);
    }
}
