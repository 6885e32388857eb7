using Crm.Platform.Tests.Support;
using Crm.TestKit;

namespace Crm.Platform.Tests.Features.Audit;

/// <summary>A host whose background dispatcher never runs: as if it crashed right after each commit.</summary>
public sealed class NoDispatchApp : CrmApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Outbox:DispatchEnabled"] = "false" };
}

public sealed class OutboxDeliveryTests(NoDispatchApp app) : IClassFixture<NoDispatchApp>
{
    [Fact]
    public async Task Committed_event_survives_until_dispatch_and_a_redelivery_is_recorded_once()
    {
        var team = (await app.CreateTeamAsync()).ToString();
        const string outboxRow = "FROM platform.outbox_messages WHERE payload->>'entityId' = $1";
        const string auditRows = "SELECT count(*) FROM platform.audit_entries WHERE entity_id = $1::uuid";

        // Committed with the team, not yet delivered.
        Assert.Equal(1, await app.ScalarAsync<long>($"SELECT count(*) {outboxRow} AND processed_at IS NULL", team));
        Assert.Equal(0, await app.ScalarAsync<long>(auditRows, team));

        await app.DrainOutboxAsync(); // the dispatcher after a restart

        Assert.Equal(1, await app.ScalarAsync<long>(auditRows, team));
        Assert.Equal(0, await app.ScalarAsync<long>($"SELECT count(*) {outboxRow} AND processed_at IS NULL", team));

        // Delivered again, as after a crash between handling and marking the row sent.
        await app.ScalarAsync<long>($"UPDATE platform.outbox_messages SET processed_at = NULL WHERE payload->>'entityId' = $1", team);
        Assert.Equal(1, await app.ScalarAsync<long>($"SELECT count(*) {outboxRow} AND processed_at IS NULL", team));
        await app.DrainOutboxAsync();

        Assert.Equal(1, await app.ScalarAsync<long>(auditRows, team));
        Assert.Equal(0, await app.ScalarAsync<long>($"SELECT count(*) {outboxRow} AND processed_at IS NULL", team));
        var audit = await (await (await app.AdminAsync()).GetAsync($"/api/v1/platform/audit?entityType=Team&entityId={team}")).ShouldBeOkAsync();
        Assert.Equal(["Created"], audit.GetProperty("items").Strings("action"));
    }
}
