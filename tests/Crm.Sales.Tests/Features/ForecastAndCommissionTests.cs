using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Sales.Contracts;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Sales.Tests.Features;

/// <summary>
/// A CRM holding one rep's quarter, built once for the test class: deals in every forecast category, a quota, a
/// commission rule, orders, leads and activities.
/// </summary>
public sealed class QuarterApp : CrmApp
{
    public static readonly string Quarter = $"{DateTime.UtcNow.Year}-Q{(DateTime.UtcNow.Month - 1) / 3 + 1}";
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd");

    private readonly SemaphoreSlim _gate = new(1, 1);
    private QuarterSetup? _setup;

    public async Task<QuarterSetup> ArrangeAsync()
    {
        await _gate.WaitAsync();
        try { return _setup ??= await BuildAsync(); }
        finally { _gate.Release(); }
    }

    private async Task<QuarterSetup> BuildAsync()
    {
        var app = this;
        var admin = await app.AdminAsync();
        await admin.CreatePipelineAsync();
        var product = await admin.CreateProductAsync(name: "Platform licence");
        await admin.CreatePriceListAsync("USD", true, (product.Id(), 1000m));
        await (await admin.PostJsonAsync("/exchange-rates", new { currency = "CNY", rate = 0.14m, validFrom = "2020-01-01" })).OkJsonAsync();
        var team = await app.CreateTeamAsync("Forecast Team");
        var perms = new[] { SalesPermissions.Read, SalesPermissions.Write, "customers.read", "customers.write" };
        var rep = await app.CreateUserAsync(perms, DataScope.Own, team);
        var colleague = await app.CreateUserAsync(perms, DataScope.Own, team);
        var c = rep.Client;
        var contact = await c.CreateContactAsync("Forecast Customer");

        async Task<JsonElement> Deal(string name, decimal amount, string currency, string category) =>
            await (await c.PostJsonAsync("/opportunities", new { name, contactId = contact.Id(), amount, currency, closeDate = Today, forecastCategory = category }))
                .OkJsonAsync(HttpStatusCode.Created);
        await Deal("Commit deal", 10_000m, "USD", "Commit");
        await Deal("Best case deal", 5_000m, "CNY", "BestCase");
        await Deal("Omitted deal", 99_000m, "USD", "Omitted");
        var won = await Deal("Won deal", 4_000m, "USD", "Commit");
        await (await c.PostJsonAsync($"/opportunities/{won.Id()}/win", new { version = won.Version() })).OkJsonAsync();
        var lost = await Deal("Lost deal", 7_000m, "USD", "Pipeline");
        await (await c.PostJsonAsync($"/opportunities/{lost.Id()}/lose", new { version = lost.Version(), reason = "Competitor" })).OkJsonAsync();
        var colleagueContact = await colleague.Client.CreateContactAsync("Colleague Customer");
        await (await colleague.Client.PostJsonAsync("/opportunities", new { name = "Theirs", contactId = colleagueContact.Id(), amount = 1m, closeDate = Today }))
            .OkJsonAsync(HttpStatusCode.Created);

        await (await admin.PutJsonAsync("/quotas", new { period = Quarter, userId = rep.Id, amount = 8_000m })).OkJsonAsync();
        await (await admin.PostJsonAsync("/commission-rules", new
        {
            name = "Standard", baseRatePercent = 5m, tiers = new[] { new { thresholdPercent = 50m, ratePercent = 8m }, new { thresholdPercent = 100m, ratePercent = 10m } },
        })).OkJsonAsync(HttpStatusCode.Created);

        var lines = new[] { new { productId = product.Id(), quantity = 2 } };
        await (await c.PostJsonAsync("/orders", new { contactId = contact.Id(), lines })).OkJsonAsync(HttpStatusCode.Created);
        var cancelled = await (await c.PostJsonAsync("/orders", new { contactId = contact.Id(), lines })).OkJsonAsync(HttpStatusCode.Created);
        await (await c.PostJsonAsync($"/orders/{cancelled.Id()}/cancel", new { version = cancelled.Version() })).OkJsonAsync();

        var kept = await (await c.PostJsonAsync("/leads", new { fullName = "Lead One", email = "lead.one@example.com" })).OkJsonAsync(HttpStatusCode.Created);
        kept = await (await c.PostJsonAsync($"/leads/{kept.Id()}/status", new { status = "Qualified", version = kept.Version() })).OkJsonAsync();
        await (await c.PostJsonAsync($"/leads/{kept.Id()}/convert", new { version = kept.Version() })).OkJsonAsync();
        await (await c.PostJsonAsync("/leads", new { fullName = "Lead Two" })).OkJsonAsync(HttpStatusCode.Created);
        foreach (var subject in new[] { "Call", "Visit" })
            await (await c.PostAsJsonAsync("/api/v1/customers/interactions",
                new { channel = "Phone", direction = "Outbound", subject, occurredAt = DateTimeOffset.UtcNow.AddMinutes(-5), contactId = contact.Id() }, CrmApp.Json))
                .OkJsonAsync(HttpStatusCode.Created);
        return new QuarterSetup(admin, rep, colleague, team);
    }
}

public sealed record QuarterSetup(HttpClient Admin, TestUser Rep, TestUser Colleague, Guid Team);

public sealed class ForecastAndCommissionTests(QuarterApp app) : IClassFixture<QuarterApp>
{
    private static readonly string Quarter = QuarterApp.Quarter;

    private Task<QuarterSetup> ArrangeAsync() => app.ArrangeAsync();

    [Fact]
    public async Task Forecast_per_owner_converts_currencies_and_shows_quota_attainment()
    {
        var s = await ArrangeAsync();

        var forecast = await (await s.Admin.GetSalesAsync($"/forecast?period={Quarter}&groupBy=Owner")).OkJsonAsync();
        var row = forecast.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetGuid() == s.Rep.Id);

        Assert.Equal("USD", forecast.Str("currency"));
        Assert.Equal(10_700m, row.Dec("openPipeline"));      // 10,000 + 5,000 CNY × 0.14
        Assert.Equal(1_070m, row.Dec("weightedPipeline"));   // both at Prospecting's 10 %
        Assert.Equal(4_000m, row.Dec("closedWon"));
        Assert.Equal(14_000m, row.Dec("committed"));         // won + open commit
        Assert.Equal(14_700m, row.Dec("bestCase"));          // committed + open best case
        Assert.Equal(8_000m, row.Dec("quota"));
        Assert.Equal(50m, row.Dec("attainmentPercent"));
    }

    [Fact]
    public async Task Forecast_per_team_adds_up_the_teams_deals_under_its_name()
    {
        var s = await ArrangeAsync();

        var forecast = await (await s.Admin.GetSalesAsync($"/forecast?period={Quarter}&groupBy=Team")).OkJsonAsync();
        var row = forecast.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetGuid() == s.Team);

        Assert.Equal("Forecast Team", row.Str("name"));
        Assert.Equal(10_701m, row.Dec("openPipeline")); // the rep's 10,700 and the colleague's 1
        Assert.Equal(4_000m, row.Dec("closedWon"));
    }

    [Fact]
    public async Task Own_scope_rep_forecasts_only_their_own_deals()
    {
        var s = await ArrangeAsync();

        var forecast = await (await s.Rep.Client.GetSalesAsync($"/forecast?period={Quarter}")).OkJsonAsync();

        Assert.Equal([s.Rep.Id], forecast.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetGuid()));
        await (await s.Rep.Client.GetSalesAsync("/forecast?period=2026-Q5")).ProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task Commission_statement_applies_the_tier_reached_to_each_order_line()
    {
        var s = await ArrangeAsync();

        var statement = await (await s.Rep.Client.GetSalesAsync($"/commissions/statements?period={Quarter}")).OkJsonAsync();

        Assert.Equal(50m, statement.Dec("attainmentPercent"));
        Assert.Equal(8m, statement.Dec("ratePercent"));                 // the 50 % tier
        Assert.Single(statement.GetProperty("lines").EnumerateArray()); // the cancelled order does not count
        Assert.Equal(2_000m, statement.Dec("totalSales"));
        Assert.Equal(160m, statement.Dec("totalCommission"));

        await (await s.Rep.Client.GetSalesAsync($"/commissions/statements?period={Quarter}&userId={s.Colleague.Id}"))
            .ProblemAsync(HttpStatusCode.Forbidden, "sales.statement_forbidden");
        var managerView = await (await s.Admin.GetSalesAsync($"/commissions/statements?period={Quarter}&userId={s.Rep.Id}")).OkJsonAsync();
        Assert.Equal(160m, managerView.Dec("totalCommission"));
    }

    [Fact]
    public async Task Attainment_lists_the_rep_against_their_quota()
    {
        var s = await ArrangeAsync();

        var attainment = await (await s.Admin.GetSalesAsync($"/quotas/attainment?period={Quarter}")).OkJsonAsync();
        var row = attainment.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetGuid() == s.Rep.Id);

        Assert.Equal(4_000m, row.Dec("closedWon"));
        Assert.Equal(50m, row.Dec("attainmentPercent"));
    }

    [Fact]
    public async Task Performance_report_counts_leads_conversions_wins_and_activities_per_rep()
    {
        var s = await ArrangeAsync();

        var report = await (await s.Admin.GetSalesAsync($"/reports/performance?period={Quarter}")).OkJsonAsync();
        var rep = report.GetProperty("reps").EnumerateArray().Single(r => r.GetProperty("userId").GetGuid() == s.Rep.Id);

        Assert.Equal(2, rep.GetProperty("newLeads").GetInt32());
        Assert.Equal(1, rep.GetProperty("convertedLeads").GetInt32());
        Assert.Equal(50m, rep.Dec("conversionRatePercent"));
        Assert.Equal(1, rep.GetProperty("won").GetInt32());
        Assert.Equal(1, rep.GetProperty("lost").GetInt32());
        Assert.Equal(50m, rep.Dec("winRatePercent"));
        Assert.Equal(4_000m, rep.Dec("averageDealSize"));
        Assert.Equal(2, rep.GetProperty("activitiesLogged").GetInt32());
    }
}
