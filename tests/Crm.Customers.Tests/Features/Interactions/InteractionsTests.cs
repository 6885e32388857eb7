using System.Net;
using System.Net.Http.Json;
using Crm.Customers.Tests.Features.Timeline;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Interactions;

public sealed class InteractionsTests(CrmApp app) : IClassFixture<CrmApp>
{
    private const string Interactions = "/api/v1/customers/interactions";

    [Fact]
    public async Task Logged_interaction_on_a_contact_links_its_account_and_reads_back_with_etag()
    {
        var admin = await app.AdminAsync();
        var accountId = await admin.CreateAccountAsync("Acme Trading");
        var contactId = await admin.CreateContactAsync(accountId, "王芳");
        var at = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(8));

        var (id, _) = await admin.LogInteractionAsync(contactId, occurredAt: at, subject: "Visit at the Shanghai office", channel: "Visit");

        var response = await admin.GetAsync($"{Interactions}/{id}");
        var interaction = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(accountId, interaction.GetProperty("accountId").GetGuid());
        Assert.Equal("Acme Trading", interaction.GetProperty("accountName").GetString());
        Assert.Equal("王芳", interaction.GetProperty("contactName").GetString());
        Assert.Equal("Visit", interaction.GetProperty("channel").GetString());
        Assert.Equal(at, interaction.GetProperty("occurredAt").GetDateTimeOffset());
        Assert.Equal(await admin.MyIdAsync(), interaction.GetProperty("userId").GetGuid());
        Assert.Equal("Administrator", interaction.GetProperty("userName").GetString());
        Assert.Equal($"\"{interaction.GetProperty("version").GetUInt32()}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Logging_without_a_record_or_required_fields_is_400_with_field_errors()
    {
        var admin = await app.AdminAsync();

        var response = await admin.PostAsJsonAsync(Interactions, new { subject = "", body = "x" }, CrmApp.Json);

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("validation.failed", problem.Code());
        foreach (var field in new[] { "channel", "direction", "subject", "occurredAt", "contactId" })
            Assert.True(problem.HasFieldError(field), $"no error for {field}: {problem}");
    }

    [Fact]
    public async Task Logging_on_a_missing_or_out_of_scope_record_is_404()
    {
        var admin = await app.AdminAsync();
        var adminsContact = await admin.CreateContactAsync();
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);

        var outOfScope = await rep.Client.PostAsJsonAsync(Interactions,
            new { channel = "Phone", direction = "Inbound", subject = "Hello", occurredAt = DateTimeOffset.UtcNow, contactId = adminsContact }, CrmApp.Json);
        var missing = await admin.PostAsJsonAsync(Interactions,
            new { channel = "Phone", direction = "Inbound", subject = "Hello", occurredAt = DateTimeOffset.UtcNow, accountId = Guid.NewGuid() }, CrmApp.Json);

        Assert.Equal("customers.contact_not_found", (await outOfScope.ExpectAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal("customers.account_not_found", (await missing.ExpectAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.interactions WHERE contact_id = $1", adminsContact));
    }

    [Fact]
    public async Task An_interaction_outside_the_callers_scope_or_missing_is_404()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.LogInteractionAsync(await admin.CreateContactAsync());
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);

        Assert.Equal(HttpStatusCode.NotFound, (await rep.Client.GetAsync($"{Interactions}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Interactions}/{Guid.NewGuid()}")).StatusCode);
        var update = await rep.Client.PutAsJsonAsync($"{Interactions}/{id}",
            new { channel = "Phone", direction = "Inbound", subject = "Mine now", occurredAt = DateTimeOffset.UtcNow, version }, CrmApp.Json);
        Assert.Equal("customers.interaction_not_found", (await update.ExpectAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal(HttpStatusCode.NotFound, (await rep.Client.DeleteAsync($"{Interactions}/{id}?version={version}")).StatusCode);
        var list = await (await rep.Client.GetAsync(Interactions)).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(list.Items(), i => i.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Callers_without_the_permission_get_403()
    {
        var admin = await app.AdminAsync();
        var contactId = await admin.CreateContactAsync();
        var reader = await app.CreateUserAsync(["customers.read"], DataScope.All);
        var outsider = await app.CreateUserAsync(["sales.read"], DataScope.All);

        var log = await reader.Client.PostAsJsonAsync(Interactions,
            new { channel = "Phone", direction = "Inbound", subject = "Hello", occurredAt = DateTimeOffset.UtcNow, contactId }, CrmApp.Json);

        Assert.Equal(HttpStatusCode.Forbidden, log.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync(Interactions)).StatusCode);
    }

    [Fact]
    public async Task Update_changes_the_interaction_and_keeps_its_timeline_line_in_step()
    {
        var admin = await app.AdminAsync();
        var contactId = await admin.CreateContactAsync();
        var (id, version) = await admin.LogInteractionAsync(contactId);
        var at = DateTimeOffset.UtcNow.AddDays(-1);

        var response = await admin.PutAsJsonAsync($"{Interactions}/{id}",
            new { channel = "Email", direction = "Inbound", subject = "Quote questions", body = "They asked about delivery.", occurredAt = at, version }, CrmApp.Json);

        var updated = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Email", updated.GetProperty("channel").GetString());
        Assert.NotEqual(version, updated.GetProperty("version").GetUInt32());
        var timeline = await (await admin.GetAsync($"/api/v1/customers/contacts/{contactId}/timeline")).ExpectAsync(HttpStatusCode.OK);
        var line = Assert.Single(timeline.Items());
        Assert.Equal("Quote questions", line.GetProperty("title").GetString());
        Assert.Equal("They asked about delivery.", line.GetProperty("summary").GetString());
        Assert.Equal(at.ToUnixTimeMilliseconds(), line.GetProperty("occurredAt").GetDateTimeOffset().ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Update_with_missing_fields_is_400_with_field_errors()
    {
        var admin = await app.AdminAsync();
        var (id, _) = await admin.LogInteractionAsync(await admin.CreateContactAsync());

        var response = await admin.PutAsJsonAsync($"{Interactions}/{id}", new { channel = "Phone", subject = new string('x', 301) }, CrmApp.Json);

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "direction", "subject", "occurredAt", "version" })
            Assert.True(problem.HasFieldError(field), $"no error for {field}: {problem}");
    }

    [Fact]
    public async Task Stale_update_returns_409_with_current_version()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.LogInteractionAsync(await admin.CreateContactAsync());
        var first = await admin.PutAsJsonAsync($"{Interactions}/{id}",
            new { channel = "Phone", direction = "Outbound", subject = "First edit", occurredAt = DateTimeOffset.UtcNow, version }, CrmApp.Json);
        var current = (await first.ExpectAsync(HttpStatusCode.OK)).GetProperty("version").GetUInt32();

        var stale = await admin.PutAsJsonAsync($"{Interactions}/{id}",
            new { channel = "Phone", direction = "Outbound", subject = "Second edit", occurredAt = DateTimeOffset.UtcNow, version }, CrmApp.Json);

        var problem = await stale.ExpectAsync(HttpStatusCode.Conflict);
        Assert.Equal("concurrency.stale_version", problem.Code());
        Assert.Equal(current, problem.GetProperty("currentVersion").GetUInt32());
        Assert.Equal("First edit", problem.GetProperty("current").GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Only_the_author_or_a_manager_may_delete_and_deleting_removes_the_timeline_line()
    {
        var admin = await app.AdminAsync();
        var contactId = await admin.CreateContactAsync();
        var (id, version) = await admin.LogInteractionAsync(contactId);
        var colleague = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.All);

        var byColleague = await colleague.Client.DeleteAsync($"{Interactions}/{id}?version={version}");
        var withoutVersion = await admin.DeleteAsync($"{Interactions}/{id}");
        var stale = await admin.DeleteAsync($"{Interactions}/{id}?version={version + 1}");
        var byAuthor = await admin.DeleteAsync($"{Interactions}/{id}?version={version}");

        Assert.Equal("customers.interaction_delete_forbidden", (await byColleague.ExpectAsync(HttpStatusCode.Forbidden)).Code());
        Assert.True((await withoutVersion.ExpectAsync(HttpStatusCode.BadRequest)).HasFieldError("version"));
        Assert.Equal(version, (await stale.ExpectAsync(HttpStatusCode.Conflict)).GetProperty("currentVersion").GetUInt32());
        await byAuthor.ExpectAsync(HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Interactions}/{id}")).StatusCode);
        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.timeline_entries WHERE source_id = $1", id));
    }

    [Fact]
    public async Task A_colleagues_own_interaction_can_be_deleted_with_an_if_match_header()
    {
        var admin = await app.AdminAsync();
        var colleague = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.All);
        var (id, version) = await colleague.Client.LogInteractionAsync(await admin.CreateContactAsync());

        var request = new HttpRequestMessage(HttpMethod.Delete, $"{Interactions}/{id}");
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        var response = await colleague.Client.SendAsync(request);

        await response.ExpectAsync(HttpStatusCode.NoContent);
        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.interactions WHERE id = $1", id));
    }

    [Fact]
    public async Task List_filters_by_record_channel_and_time_newest_first_in_keyset_pages()
    {
        var admin = await app.AdminAsync();
        var contactId = await admin.CreateContactAsync();
        var start = new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);
        var (oldest, _) = await admin.LogInteractionAsync(contactId, occurredAt: start, channel: "Email");
        var (middle, _) = await admin.LogInteractionAsync(contactId, occurredAt: start.AddHours(1));
        var (newest, _) = await admin.LogInteractionAsync(contactId, occurredAt: start.AddHours(2));
        await admin.LogInteractionAsync(await admin.CreateContactAsync(), occurredAt: start.AddHours(3));

        var first = await (await admin.GetAsync($"{Interactions}?contactId={contactId}&limit=2")).ExpectAsync(HttpStatusCode.OK);
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await admin.GetAsync($"{Interactions}?contactId={contactId}&limit=2&cursor={cursor}")).ExpectAsync(HttpStatusCode.OK);
        var emails = await (await admin.GetAsync($"{Interactions}?contactId={contactId}&channel=Email")).ExpectAsync(HttpStatusCode.OK);
        var window = await (await admin.GetAsync(
            $"{Interactions}?contactId={contactId}&from={Uri.EscapeDataString(start.AddMinutes(30).ToString("O"))}&to={Uri.EscapeDataString(start.AddMinutes(90).ToString("O"))}"))
            .ExpectAsync(HttpStatusCode.OK);

        Assert.Equal([newest, middle], first.Items().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal([oldest], second.Items().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal([oldest], emails.Items().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal([middle], window.Items().Select(i => i.GetProperty("id").GetGuid()));
        Assert.All(first.Items(), i => Assert.Equal("Administrator", i.GetProperty("userName").GetString()));
    }

    [Fact]
    public async Task List_with_a_bad_cursor_limit_or_range_is_400()
    {
        var admin = await app.AdminAsync();

        var response = await admin.GetAsync($"{Interactions}?cursor=not-a-cursor&limit=0&from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasFieldError("cursor"));
        Assert.True(problem.HasFieldError("limit"));
        Assert.True(problem.HasFieldError("to"));
    }
}
