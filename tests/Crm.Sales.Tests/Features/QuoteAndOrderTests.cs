using System.Net;
using System.Text.Json;
using Crm.TestKit;

namespace Crm.Sales.Tests.Features;

public sealed class QuoteAndOrderTests(CrmApp app) : IClassFixture<CrmApp>
{
    private async Task<(HttpClient Admin, JsonElement Deal, JsonElement A, JsonElement B)> DealWithCatalogueAsync()
    {
        var admin = await app.AdminAsync();
        if ((await (await admin.GetSalesAsync("/pipelines")).OkJsonAsync()).GetArrayLength() == 0) await admin.CreatePipelineAsync();
        var a = await admin.CreateProductAsync(name: "Sensor");
        var b = await admin.CreateProductAsync(name: "Gateway");
        await admin.CreatePriceListAsync("USD", true, (a.Id(), 10.01m), (b.Id(), 100m));
        var contact = await admin.CreateContactAsync("Quote Contact");
        var deal = await (await admin.PostJsonAsync("/opportunities", new { name = "Sensors", contactId = contact.Id(), closeDate = "2026-12-31" }))
            .OkJsonAsync(HttpStatusCode.Created);
        return (admin, deal, a, b);
    }

    private static object Lines(JsonElement a, JsonElement b) => new object[]
    {
        new { productId = a.Id(), quantity = 1.5m, discountPercent = 12.5m, taxPercent = 13m },
        new { productId = b.Id(), quantity = 2, taxPercent = 13m },
    };

    [Fact]
    public async Task Quote_totals_are_computed_per_line_with_half_away_from_zero_rounding()
    {
        var (admin, deal, a, b) = await DealWithCatalogueAsync();

        var quote = await (await admin.PostJsonAsync("/quotes", new { opportunityId = deal.Id(), validUntil = "2099-01-31", lines = Lines(a, b) }))
            .OkJsonAsync(HttpStatusCode.Created);

        // 1.5 × 10.01 = 15.015 → 15.02; less 12.5 % (1.8775 → 1.88) = 13.14; tax 13 % (1.7082 → 1.71); total 14.85.
        var first = quote.GetProperty("lines")[0];
        Assert.Equal(15.02m, first.Dec("grossAmount"));
        Assert.Equal(1.88m, first.Dec("discountAmount"));
        Assert.Equal(13.14m, first.Dec("netAmount"));
        Assert.Equal(1.71m, first.Dec("taxAmount"));
        Assert.Equal(14.85m, first.Dec("totalAmount"));
        Assert.Equal(213.14m, quote.Dec("subtotal"));
        Assert.Equal(1.88m, quote.Dec("discountTotal"));
        Assert.Equal(27.71m, quote.Dec("taxTotal"));
        Assert.Equal(240.85m, quote.Dec("total"));
        Assert.Equal("Draft", quote.Str("status"));
    }

    [Fact]
    public async Task Quote_flows_through_revisions_to_an_accepted_quote_and_one_order()
    {
        var (admin, deal, a, b) = await DealWithCatalogueAsync();
        var quote = await (await admin.PostJsonAsync("/quotes", new { opportunityId = deal.Id(), validUntil = "2099-01-31", lines = Lines(a, b) }))
            .OkJsonAsync(HttpStatusCode.Created);
        quote = await (await admin.PostJsonAsync($"/quotes/{quote.Id()}/send", new { version = quote.Version() })).OkJsonAsync();

        await (await admin.PutJsonAsync($"/quotes/{quote.Id()}", new { validUntil = "2099-02-01", lines = Lines(a, b), version = quote.Version() }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "sales.quote_not_draft");

        var revision = await (await admin.PostJsonAsync($"/quotes/{quote.Id()}/revise", new { version = quote.Version() })).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, revision.GetProperty("revision").GetInt32());
        Assert.Equal(quote.Str("number"), revision.Str("number"));
        var old = await (await admin.GetSalesAsync($"/quotes/{quote.Id()}")).OkJsonAsync();
        await (await admin.PostJsonAsync($"/quotes/{quote.Id()}/accept", new { version = old.Version() }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "sales.quote_not_latest");

        revision = await (await admin.PostJsonAsync($"/quotes/{revision.Id()}/send", new { version = revision.Version() })).OkJsonAsync();
        await (await admin.PostJsonAsync("/orders", new { quoteId = revision.Id() })).ProblemAsync(HttpStatusCode.UnprocessableEntity, "sales.quote_not_accepted");
        revision = await (await admin.PostJsonAsync($"/quotes/{revision.Id()}/accept", new { version = revision.Version() })).OkJsonAsync();
        Assert.Equal("Accepted", revision.Str("status"));

        var order = await (await admin.PostJsonAsync("/orders", new { quoteId = revision.Id() })).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Placed", order.Str("status"));
        Assert.Equal(240.85m, order.Dec("total"));
        Assert.Equal(240.85m, order.Dec("companyTotal"));
        Assert.Equal(2, order.GetProperty("lines").GetArrayLength());
        await (await admin.PostJsonAsync("/orders", new { quoteId = revision.Id() })).ProblemAsync(HttpStatusCode.Conflict, "sales.quote_already_ordered");

        var print = await admin.GetSalesAsync($"/quotes/{revision.Id()}/print");
        Assert.Equal("text/html", print.Content.Headers.ContentType?.MediaType);
        var html = await print.Content.ReadAsStringAsync();
        Assert.Contains(revision.Str("number")!, html);
        Assert.Contains("240.85", html);
    }

    [Fact]
    public async Task Sent_quote_past_its_validity_reads_expired_and_cannot_be_accepted()
    {
        var (admin, deal, a, b) = await DealWithCatalogueAsync();
        var quote = await (await admin.PostJsonAsync("/quotes", new { opportunityId = deal.Id(), validUntil = "2020-01-31", lines = Lines(a, b) }))
            .OkJsonAsync(HttpStatusCode.Created);
        quote = await (await admin.PostJsonAsync($"/quotes/{quote.Id()}/send", new { version = quote.Version() })).OkJsonAsync();

        Assert.Equal("Expired", quote.Str("status"));
        await (await admin.PostJsonAsync($"/quotes/{quote.Id()}/accept", new { version = quote.Version() }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "sales.quote_expired");
    }

    [Fact]
    public async Task Direct_order_in_another_currency_converts_at_the_rate_in_force_and_follows_its_status_flow()
    {
        var admin = await app.AdminAsync();
        var product = await admin.CreateProductAsync(name: "Service day");
        var eur = await admin.CreatePriceListAsync("EUR", false, (product.Id(), 800m));
        var contact = await admin.CreateContactAsync("Euro Buyer");

        await (await admin.PostJsonAsync("/orders", new { contactId = contact.Id(), priceListId = eur.Id(), lines = new[] { new { productId = product.Id(), quantity = 2 } } }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "sales.exchange_rate_missing");
        await (await admin.PostJsonAsync("/exchange-rates", new { currency = "EUR", rate = 1.08345m, validFrom = "2020-01-01" })).OkJsonAsync();

        var order = await (await admin.PostJsonAsync("/orders",
            new { contactId = contact.Id(), priceListId = eur.Id(), lines = new[] { new { productId = product.Id(), quantity = 2 } } })).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1600m, order.Dec("total"));
        Assert.Equal(1733.52m, order.Dec("companyTotal")); // 1,733.52 from 1,733.52

        var stale = await admin.PostJsonAsync($"/orders/{order.Id()}/fulfil", new { version = order.Version() + 1 });
        await stale.ProblemAsync(HttpStatusCode.Conflict, "concurrency.stale_version");
        var fulfilled = await (await admin.PostJsonAsync($"/orders/{order.Id()}/fulfil", new { version = order.Version() })).OkJsonAsync();
        Assert.Equal("Fulfilled", fulfilled.Str("status"));
        await (await admin.PostJsonAsync($"/orders/{order.Id()}/cancel", new { version = fulfilled.Version(), reason = "Too late" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "sales.order_status_transition");
    }
}
