using System.Net;
using Crm.TestKit;

namespace Crm.Sales.Tests.Features;

/// <summary>A host whose background dispatchers never run: deliveries happen only when a test drains the outboxes.</summary>
public sealed class SalesNoDispatchApp : CrmApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Outbox:DispatchEnabled"] = "false" };
}

public sealed class OrderEventTests(SalesNoDispatchApp app) : IClassFixture<SalesNoDispatchApp>
{
    [Fact]
    public async Task Order_placed_is_on_the_customers_timeline_exactly_once_even_when_delivery_is_retried()
    {
        var admin = await app.AdminAsync();
        var product = await admin.CreateProductAsync(name: "Pump");
        await admin.CreatePriceListAsync("USD", true, (product.Id(), 250m));
        var account = await admin.CreateAccountAsync("Timeline Industries");
        var contact = await admin.CreateContactAsync("Timeline Buyer", "buyer@timeline.example", account.Id());

        var order = await (await admin.PostJsonAsync("/orders", new
        {
            accountId = account.Id(), contactId = contact.Id(), lines = new[] { new { productId = product.Id(), quantity = 4 } },
        })).OkJsonAsync(HttpStatusCode.Created);
        var id = order.Id().ToString();
        const string placedRows = "SELECT count(*) FROM customers.timeline_entries WHERE source_id = $1::uuid AND kind = 'sales.order_placed'";
        const string outboxRow = "FROM sales.outbox_messages WHERE type LIKE '%OrderPlaced' AND payload->>'orderId' = $1";

        // Committed with the order, waiting in the outbox; not on the timeline yet.
        Assert.Equal(1, await app.ScalarAsync<long>($"SELECT count(*) {outboxRow} AND processed_at IS NULL", id));
        Assert.Equal(0, await app.ScalarAsync<long>(placedRows, id));

        await app.DrainOutboxAsync();
        Assert.Equal(1, await app.ScalarAsync<long>(placedRows, id));

        // Delivered again, as after a crash between handling the event and marking it sent.
        await app.ScalarAsync<long>($"UPDATE sales.outbox_messages SET processed_at = NULL WHERE type LIKE '%OrderPlaced' AND payload->>'orderId' = $1", id);
        await app.DrainOutboxAsync();

        Assert.Equal(1, await app.ScalarAsync<long>(placedRows, id));
        var timeline = await (await admin.GetAsync($"/api/v1/customers/contacts/{contact.Id()}/timeline?kinds=sales.order_placed")).OkJsonAsync();
        Assert.Single(timeline.GetProperty("items").EnumerateArray());
        var accountTimeline = await (await admin.GetAsync($"/api/v1/customers/accounts/{account.Id()}/timeline?kinds=sales.order_placed")).OkJsonAsync();
        Assert.Single(accountTimeline.GetProperty("items").EnumerateArray());

        var facts = (await (await admin.GetAsync($"/api/v1/customers/contacts/{contact.Id()}")).OkJsonAsync()).GetProperty("purchases");
        Assert.Equal(1, facts.GetProperty("orderCount").GetInt32());
        Assert.Equal(1000m, facts.Dec("totalValue"));
    }

    [Fact]
    public async Task Cancelled_order_leaves_the_purchase_facts_and_fulfilment_reaches_the_timeline()
    {
        var admin = await app.AdminAsync();
        var product = await admin.CreateProductAsync(name: "Valve");
        var list = await admin.CreatePriceListAsync("USD", true, (product.Id(), 40m));
        var account = await admin.CreateAccountAsync("Facts Corp");
        var lines = new[] { new { productId = product.Id(), quantity = 10 } };
        var kept = await (await admin.PostJsonAsync("/orders", new { accountId = account.Id(), priceListId = list.Id(), lines })).OkJsonAsync(HttpStatusCode.Created);
        var dropped = await (await admin.PostJsonAsync("/orders", new { accountId = account.Id(), priceListId = list.Id(), lines })).OkJsonAsync(HttpStatusCode.Created);

        await (await admin.PostJsonAsync($"/orders/{kept.Id()}/fulfil", new { version = kept.Version() })).OkJsonAsync();
        await (await admin.PostJsonAsync($"/orders/{dropped.Id()}/cancel", new { version = dropped.Version(), reason = "Duplicate order" })).OkJsonAsync();
        await app.DrainOutboxAsync();

        var facts = (await (await admin.GetAsync($"/api/v1/customers/accounts/{account.Id()}")).OkJsonAsync()).GetProperty("purchases");
        Assert.Equal(1, facts.GetProperty("orderCount").GetInt32());
        Assert.Equal(400m, facts.Dec("totalValue"));
        Assert.Equal("USD", facts.Str("currency"));
        var timeline = await (await admin.GetAsync($"/api/v1/customers/accounts/{account.Id()}/timeline")).OkJsonAsync();
        var kinds = timeline.GetProperty("items").EnumerateArray().Select(i => i.Str("kind")).ToList();
        Assert.Contains("sales.order_fulfilled", kinds);
        Assert.Contains("sales.order_cancelled", kinds);
        Assert.Equal(2, kinds.Count(k => k == "sales.order_placed"));
    }
}
