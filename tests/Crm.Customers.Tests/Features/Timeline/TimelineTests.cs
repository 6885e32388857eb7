using System.Net;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Timeline;

public sealed class TimelineTests(CrmApp app) : IClassFixture<CrmApp>
{
    [Fact]
    public async Task An_interaction_shows_once_on_the_contacts_and_once_on_its_accounts_timeline()
    {
        var admin = await app.AdminAsync();
        var accountId = await admin.CreateAccountAsync();
        var contactId = await admin.CreateContactAsync(accountId);

        var (interactionId, _) = await admin.LogInteractionAsync(contactId, subject: "Intro call");

        var onContact = await (await admin.GetAsync($"/api/v1/customers/contacts/{contactId}/timeline")).ExpectAsync(HttpStatusCode.OK);
        var onAccount = await (await admin.GetAsync($"/api/v1/customers/accounts/{accountId}/timeline")).ExpectAsync(HttpStatusCode.OK);
        foreach (var timeline in new[] { onContact, onAccount })
        {
            var line = Assert.Single(timeline.Items(), e => e.GetProperty("sourceId").GetGuid() == interactionId);
            Assert.Equal("interaction.logged", line.GetProperty("kind").GetString());
            Assert.Equal("customers", line.GetProperty("sourceModule").GetString());
            Assert.Equal("Intro call", line.GetProperty("title").GetString());
            Assert.Equal(contactId, line.GetProperty("contactId").GetGuid());
            Assert.Equal(accountId, line.GetProperty("accountId").GetGuid());
            Assert.Equal("Administrator", line.GetProperty("actorName").GetString());
        }
    }

    [Fact]
    public async Task Timeline_is_newest_first_in_keyset_pages_and_filters_by_kind()
    {
        var admin = await app.AdminAsync();
        var contactId = await admin.CreateContactAsync();
        var start = new DateTimeOffset(2025, 1, 10, 9, 0, 0, TimeSpan.Zero);
        var (older, _) = await admin.LogInteractionAsync(contactId, occurredAt: start);
        var (newer, _) = await admin.LogInteractionAsync(contactId, occurredAt: start.AddDays(1));
        var (task, _) = await admin.CreateTaskAsync(contactId);

        var first = await (await admin.GetAsync($"/api/v1/customers/contacts/{contactId}/timeline?limit=2")).ExpectAsync(HttpStatusCode.OK);
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await admin.GetAsync($"/api/v1/customers/contacts/{contactId}/timeline?limit=2&cursor={cursor}")).ExpectAsync(HttpStatusCode.OK);
        var interactionsOnly = await (await admin.GetAsync($"/api/v1/customers/contacts/{contactId}/timeline?kinds=interaction.logged, sales.order_placed"))
            .ExpectAsync(HttpStatusCode.OK);

        Assert.Equal([task, newer], first.Items().Select(e => e.GetProperty("sourceId").GetGuid()));
        Assert.Equal([older], second.Items().Select(e => e.GetProperty("sourceId").GetGuid()));
        Assert.Equal([newer, older], interactionsOnly.Items().Select(e => e.GetProperty("sourceId").GetGuid()));
    }

    [Fact]
    public async Task Entries_from_other_modules_show_without_changes_here()
    {
        var admin = await app.AdminAsync();
        var accountId = await admin.CreateAccountAsync();
        var orderId = Guid.NewGuid();
        // What a Sales event handler will write: its own kind and module, no Customers actor.
        await app.ScalarAsync<int>(
            "INSERT INTO customers.timeline_entries (id, account_id, kind, occurred_at, title, summary, source_module, source_id, actor_id) " +
            "VALUES ($1, $2, 'sales.order_placed', now(), 'Order SO-1001 placed', '¥12,800.00', 'sales', $3, NULL) RETURNING 1",
            Guid.NewGuid(), accountId, orderId);

        var timeline = await (await admin.GetAsync($"/api/v1/customers/accounts/{accountId}/timeline?kinds=sales.order_placed")).ExpectAsync(HttpStatusCode.OK);

        var line = Assert.Single(timeline.Items());
        Assert.Equal("sales", line.GetProperty("sourceModule").GetString());
        Assert.Equal(orderId, line.GetProperty("sourceId").GetGuid());
        Assert.Equal("¥12,800.00", line.GetProperty("summary").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, line.GetProperty("actorName").ValueKind);
    }

    [Fact]
    public async Task Timeline_of_a_missing_or_out_of_scope_record_is_404()
    {
        var admin = await app.AdminAsync();
        var accountId = await admin.CreateAccountAsync();
        var contactId = await admin.CreateContactAsync(accountId);
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);

        var contact = await rep.Client.GetAsync($"/api/v1/customers/contacts/{contactId}/timeline");
        var account = await rep.Client.GetAsync($"/api/v1/customers/accounts/{accountId}/timeline");

        Assert.Equal("customers.contact_not_found", (await contact.ExpectAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal("customers.account_not_found", (await account.ExpectAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/customers/contacts/{Guid.NewGuid()}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/customers/accounts/{Guid.NewGuid()}/timeline")).StatusCode);
    }

    [Fact]
    public async Task Timeline_needs_customers_read()
    {
        var admin = await app.AdminAsync();
        var contactId = await admin.CreateContactAsync();
        var outsider = await app.CreateUserAsync(["sales.read", "sales.write"], DataScope.All);

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync($"/api/v1/customers/contacts/{contactId}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync($"/api/v1/customers/accounts/{Guid.NewGuid()}/timeline")).StatusCode);
    }

    [Fact]
    public async Task Bad_cursor_limit_or_kinds_are_400_with_field_errors()
    {
        var admin = await app.AdminAsync();
        var contactId = await admin.CreateContactAsync();
        var kinds = string.Join(',', Enumerable.Range(0, 21).Select(i => $"kind{i}"));

        var response = await admin.GetAsync($"/api/v1/customers/contacts/{contactId}/timeline?cursor=bogus&limit=0&kinds={kinds}");

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasFieldError("cursor"));
        Assert.True(problem.HasFieldError("limit"));
        Assert.True(problem.HasFieldError("kinds"));
    }
}
