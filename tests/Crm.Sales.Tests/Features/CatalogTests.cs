using System.Net;
using Crm.Sales.Contracts;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Sales.Tests.Features;

public sealed class CatalogTests(CrmApp app) : IClassFixture<CrmApp>
{
    [Fact]
    public async Task Product_codes_are_unique_and_stored_in_capitals()
    {
        var admin = await app.AdminAsync();
        var product = await admin.CreateProductAsync("sku-100", "Starter licence", "licence");
        Assert.Equal("SKU-100", product.Str("code"));

        var again = await admin.PostJsonAsync("/products", new { code = "SKU-100", name = "Other", unit = "piece" });
        await again.ProblemAsync(HttpStatusCode.Conflict, "sales.product_code_taken");
    }

    [Fact]
    public async Task Stale_product_update_returns_409_with_current_version()
    {
        var admin = await app.AdminAsync();
        var product = await admin.CreateProductAsync();
        var updated = await (await admin.PutJsonAsync($"/products/{product.Id()}",
            new { code = product.Str("code"), name = "Renamed", unit = "piece", version = product.Version() })).OkJsonAsync();

        var stale = await admin.PutJsonAsync($"/products/{product.Id()}", new { code = product.Str("code"), name = "Again", unit = "piece", version = product.Version() });

        var problem = await stale.ProblemAsync(HttpStatusCode.Conflict, "concurrency.stale_version");
        Assert.Equal(updated.Version(), problem.GetProperty("currentVersion").GetUInt32());
    }

    [Fact]
    public async Task Price_list_holds_prices_and_only_one_list_is_the_default()
    {
        var admin = await app.AdminAsync();
        var product = await admin.CreateProductAsync();
        var first = await admin.CreatePriceListAsync("USD", true, (product.Id(), 120.50m));
        var second = await admin.CreatePriceListAsync("EUR", true, (product.Id(), 110m));

        Assert.Equal(120.50m, first.GetProperty("prices")[0].Dec("unitPrice"));
        var lists = await (await admin.GetSalesAsync("/price-lists")).OkJsonAsync();
        Assert.Single(lists.EnumerateArray(), l => l.GetProperty("isDefault").GetBoolean());
        Assert.Equal(second.Id(), lists[0].Id());
    }

    [Fact]
    public async Task Price_with_more_than_two_decimals_is_400()
    {
        var admin = await app.AdminAsync();
        var product = await admin.CreateProductAsync();
        var list = await admin.CreatePriceListAsync("USD", false);

        var response = await admin.PutJsonAsync($"/price-lists/{list.Id()}/prices/{product.Id()}", new { unitPrice = 1.234m });

        await response.ProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task Pipeline_needs_open_won_and_lost_stages()
    {
        var admin = await app.AdminAsync();

        var response = await admin.PostJsonAsync("/pipelines", new
        {
            name = "Broken", stages = new object[] { new { name = "Only", probability = 10, category = "Open" } },
        });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("stages", out _));
    }

    [Fact]
    public async Task Pipeline_stages_keep_order_and_won_and_lost_probabilities_are_fixed()
    {
        var admin = await app.AdminAsync();
        var pipeline = await admin.CreatePipelineAsync();
        var stages = pipeline.GetProperty("stages").EnumerateArray().ToList();

        Assert.Equal(["Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won", "Closed Lost"], stages.Select(s => s.Str("name")));
        Assert.Equal(100m, stages[4].Dec("probability"));

        // Reorder: Proposal before Qualification, keep ids; rename Negotiation.
        var body = new
        {
            name = pipeline.Str("name"), version = pipeline.Version(), isDefault = true,
            stages = new object[]
            {
                new { id = stages[0].Id(), name = "Prospecting", probability = 5, category = "Open" },
                new { id = stages[2].Id(), name = "Proposal", probability = 40, category = "Open" },
                new { id = stages[1].Id(), name = "Qualification", probability = 60, category = "Open" },
                new { id = stages[3].Id(), name = "Negotiating", probability = 80, category = "Open" },
                new { id = stages[4].Id(), name = "Closed Won", probability = 100, category = "Won" },
                new { id = stages[5].Id(), name = "Closed Lost", probability = 0, category = "Lost" },
            },
        };
        var updated = await (await admin.PutJsonAsync($"/pipelines/{pipeline.Id()}", body)).OkJsonAsync();

        Assert.Equal(stages[2].Id(), updated.GetProperty("stages")[1].Id());
        Assert.Equal("Negotiating", updated.GetProperty("stages")[3].Str("name"));
    }

    [Fact]
    public async Task Reps_may_read_the_catalogue_but_not_change_it()
    {
        var rep = await app.CreateUserAsync([SalesPermissions.Read, SalesPermissions.Write], DataScope.Own);

        Assert.Equal(HttpStatusCode.OK, (await rep.Client.GetSalesAsync("/products")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.Client.PostJsonAsync("/products", new { code = "X1", name = "X", unit = "piece" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.Client.PostJsonAsync("/exchange-rates", new { currency = "EUR", rate = 1.1m, validFrom = "2026-01-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(SalesApi.Base + "/products")).StatusCode);
    }

    [Fact]
    public async Task Exchange_rate_for_the_company_currency_is_rejected_and_others_replace_the_same_day()
    {
        var admin = await app.AdminAsync();
        await (await admin.PostJsonAsync("/exchange-rates", new { currency = "USD", rate = 1m, validFrom = "2026-01-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        await (await admin.PostJsonAsync("/exchange-rates", new { currency = "CNY", rate = 0.14m, validFrom = "2026-01-01" })).OkJsonAsync();
        var replaced = await (await admin.PostJsonAsync("/exchange-rates", new { currency = "CNY", rate = 0.1385m, validFrom = "2026-01-01" })).OkJsonAsync();

        var rates = await (await admin.GetSalesAsync("/exchange-rates?currency=CNY")).OkJsonAsync();
        Assert.Single(rates.EnumerateArray());
        Assert.Equal(0.1385m, replaced.Dec("rate"));
    }
}

public sealed class PipelineChangeTests(CrmApp app) : IClassFixture<CrmApp>
{
    [Fact]
    public async Task A_stage_that_holds_deals_cannot_be_removed()
    {
        var admin = await app.AdminAsync();
        var pipeline = await admin.CreatePipelineAsync();
        var contact = await admin.CreateContactAsync("Stage Holder");
        await (await admin.PostJsonAsync("/opportunities", new { name = "Held", contactId = contact.Id(), closeDate = "2026-12-01" })).OkJsonAsync(HttpStatusCode.Created);
        var stages = pipeline.GetProperty("stages").EnumerateArray().ToList();

        var withoutFirst = stages.Skip(1).Select(s => new { id = s.Id(), name = s.Str("name"), probability = s.Dec("probability"), category = s.Str("category") });
        var response = await admin.PutJsonAsync($"/pipelines/{pipeline.Id()}", new { name = pipeline.Str("name"), version = pipeline.Version(), stages = withoutFirst });

        await response.ProblemAsync(HttpStatusCode.UnprocessableEntity, "sales.stage_in_use");
    }

    [Fact]
    public async Task Only_one_active_general_commission_rule_exists()
    {
        var admin = await app.AdminAsync();
        var rule = new { name = "Plan", baseRatePercent = 5m, tiers = new[] { new { thresholdPercent = 100m, ratePercent = 8m } } };
        await (await admin.PostJsonAsync("/commission-rules", rule)).OkJsonAsync(HttpStatusCode.Created);

        await (await admin.PostJsonAsync("/commission-rules", rule)).ProblemAsync(HttpStatusCode.Conflict, "sales.commission_rule_exists");
    }
}
