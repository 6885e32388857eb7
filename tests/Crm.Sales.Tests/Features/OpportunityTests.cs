using System.Net;
using System.Text.Json;
using Crm.Sales.Contracts;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Sales.Tests.Features;

public sealed class OpportunityTests(CrmApp app) : IClassFixture<CrmApp>
{
    private static async Task<JsonElement> OpenDealAsync(HttpClient client, Guid contactId, decimal amount = 1000m, Guid? pipelineId = null) =>
        await (await client.PostJsonAsync("/opportunities",
            new { name = $"Deal {Guid.NewGuid():N}"[..12], contactId, amount, closeDate = "2026-12-15", pipelineId })).OkJsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task Deal_moves_only_along_its_own_pipeline_and_keeps_its_stage_history()
    {
        var admin = await app.AdminAsync();
        var pipeline = await admin.CreatePipelineAsync(isDefault: true);
        var other = await admin.CreatePipelineAsync(isDefault: false);
        var contact = await admin.CreateContactAsync("Deal Contact");
        var deal = await OpenDealAsync(admin, contact.Id(), pipelineId: pipeline.Id());
        Assert.Equal("Prospecting", deal.Str("stageName"));
        Assert.Equal(10m, deal.Dec("probability"));

        await (await admin.PostJsonAsync($"/opportunities/{deal.Id()}/move", new { stageId = other.StageId("Proposal"), version = deal.Version() }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "sales.stage_not_in_pipeline");
        await (await admin.PostJsonAsync($"/opportunities/{deal.Id()}/move", new { stageId = pipeline.StageId("Closed Won"), version = deal.Version() }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "sales.use_win_or_lose");

        deal = await (await admin.PostJsonAsync($"/opportunities/{deal.Id()}/move", new { stageId = pipeline.StageId("Proposal"), version = deal.Version() })).OkJsonAsync();
        Assert.Equal(50m, deal.Dec("probability"));
        deal = await (await admin.PostJsonAsync($"/opportunities/{deal.Id()}/win", new { version = deal.Version(), reason = "Best fit" })).OkJsonAsync();
        Assert.Equal("Won", deal.Str("status"));
        Assert.Equal(100m, deal.Dec("probability"));

        await (await admin.PostJsonAsync($"/opportunities/{deal.Id()}/move", new { stageId = pipeline.StageId("Proposal"), version = deal.Version() }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "sales.opportunity_closed");

        var history = await (await admin.GetSalesAsync($"/opportunities/{deal.Id()}/stage-history")).OkJsonAsync();
        Assert.Equal(["Prospecting", "Proposal", "Closed Won"], history.EnumerateArray().Select(s => s.Str("stageName")));
        Assert.True(history[0].TryGetProperty("leftAt", out var left) && left.ValueKind != JsonValueKind.Null);
        Assert.Equal(JsonValueKind.Null, history[2].GetProperty("leftAt").ValueKind);
    }

    [Fact]
    public async Task Losing_needs_a_reason_and_a_stale_version_is_409()
    {
        var admin = await app.AdminAsync();
        await admin.CreatePipelineAsync();
        var contact = await admin.CreateContactAsync("Lose Contact");
        var deal = await OpenDealAsync(admin, contact.Id());

        await (await admin.PostJsonAsync($"/opportunities/{deal.Id()}/lose", new { reason = "", version = deal.Version() }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var updated = await (await admin.PutJsonAsync($"/opportunities/{deal.Id()}",
            new { name = "Renamed", closeDate = "2026-12-20", contactId = contact.Id(), amount = 1500m, nextStep = "Call CFO", version = deal.Version() })).OkJsonAsync();

        var stale = await admin.PostJsonAsync($"/opportunities/{deal.Id()}/lose", new { reason = "Price", version = deal.Version() });
        var problem = await stale.ProblemAsync(HttpStatusCode.Conflict, "concurrency.stale_version");
        Assert.Equal(updated.Version(), problem.GetProperty("currentVersion").GetUInt32());

        var lost = await (await admin.PostJsonAsync($"/opportunities/{deal.Id()}/lose", new { reason = "Price", version = updated.Version() })).OkJsonAsync();
        Assert.Equal("Lost", lost.Str("status"));
        Assert.Equal("Price", lost.Str("closeReason"));
    }

    [Fact]
    public async Task Lines_are_priced_from_the_default_price_list_and_set_the_amount()
    {
        var admin = await app.AdminAsync();
        await admin.CreatePipelineAsync();
        var a = await admin.CreateProductAsync(name: "Licence");
        var b = await admin.CreateProductAsync(name: "Support");
        await admin.CreatePriceListAsync("USD", true, (a.Id(), 199.99m), (b.Id(), 49.95m));
        var contact = await admin.CreateContactAsync("Lines Contact");
        var deal = await OpenDealAsync(admin, contact.Id());

        deal = await (await admin.PutJsonAsync($"/opportunities/{deal.Id()}/lines", new
        {
            version = deal.Version(),
            lines = new object[] { new { productId = a.Id(), quantity = 3, discountPercent = 10 }, new { productId = b.Id(), quantity = 1, unitPrice = 40m } },
        })).OkJsonAsync();

        // 3 × 199.99 = 599.97, less 10 % (60.00, from 59.997 rounded away from zero) = 539.97; + 40.00.
        Assert.Equal(579.97m, deal.Dec("amount"));
        Assert.Equal(2, deal.GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public async Task Own_scope_rep_cannot_see_or_move_a_colleagues_deal_while_the_team_manager_can()
    {
        var admin = await app.AdminAsync();
        var pipeline = await admin.CreatePipelineAsync();
        var team = await app.CreateTeamAsync();
        var perms = new[] { SalesPermissions.Read, SalesPermissions.Write, "customers.read", "customers.write" };
        var me = await app.CreateUserAsync(perms, DataScope.Own, team);
        var colleague = await app.CreateUserAsync(perms, DataScope.Own, team);
        var manager = await app.CreateUserAsync(perms, DataScope.Team, team);
        var outsider = await app.CreateUserAsync(perms, DataScope.Team, await app.CreateTeamAsync());
        var contact = await colleague.Client.CreateContactAsync("Colleague's customer");
        var theirs = await OpenDealAsync(colleague.Client, contact.Id());

        await (await me.Client.GetSalesAsync($"/opportunities/{theirs.Id()}")).ProblemAsync(HttpStatusCode.NotFound, "sales.opportunity_not_found");
        await (await me.Client.PostJsonAsync($"/opportunities/{theirs.Id()}/move", new { stageId = pipeline.StageId("Proposal"), version = theirs.Version() }))
            .ProblemAsync(HttpStatusCode.NotFound, "sales.opportunity_not_found");
        await (await outsider.Client.GetSalesAsync($"/opportunities/{theirs.Id()}")).ProblemAsync(HttpStatusCode.NotFound, "sales.opportunity_not_found");

        var moved = await (await manager.Client.PostJsonAsync($"/opportunities/{theirs.Id()}/move",
            new { stageId = pipeline.StageId("Proposal"), version = theirs.Version() })).OkJsonAsync();
        Assert.Equal("Proposal", moved.Str("stageName"));

        var myBoard = await (await me.Client.GetSalesAsync("/opportunities/board")).OkJsonAsync();
        Assert.All(myBoard.GetProperty("stages").EnumerateArray(), s => Assert.Equal(0, s.GetProperty("count").GetInt32()));
        var managerBoard = await (await manager.Client.GetSalesAsync("/opportunities/board")).OkJsonAsync();
        var proposal = managerBoard.GetProperty("stages").EnumerateArray().Single(s => s.Str("name") == "Proposal");
        Assert.Equal(1, proposal.GetProperty("count").GetInt32());
        Assert.Equal(theirs.Id(), proposal.GetProperty("opportunities")[0].Id());
    }

    [Fact]
    public async Task Team_board_totals_each_stage_and_shows_the_deals_closed_in_the_last_30_days()
    {
        var admin = await app.AdminAsync();
        var pipeline = await admin.CreatePipelineAsync();
        var team = await app.CreateTeamAsync();
        var rep = await app.CreateUserAsync([SalesPermissions.Read, SalesPermissions.Write, "customers.read", "customers.write"], DataScope.Own, team);
        var contact = await rep.Client.CreateContactAsync("Board Contact");
        var open = await OpenDealAsync(rep.Client, contact.Id(), 1000m, pipeline.Id());
        open = await (await rep.Client.PostJsonAsync($"/opportunities/{open.Id()}/move", new { stageId = pipeline.StageId("Proposal"), version = open.Version() }))
            .OkJsonAsync();
        var won = await OpenDealAsync(rep.Client, contact.Id(), 2000m, pipeline.Id());
        won = await (await rep.Client.PostJsonAsync($"/opportunities/{won.Id()}/win", new { version = won.Version() })).OkJsonAsync();
        // Won today, but its close date put back two months: by its close date it did not close in the last 30 days.
        var backdated = await OpenDealAsync(rep.Client, contact.Id(), 4000m, pipeline.Id());
        backdated = await (await rep.Client.PostJsonAsync($"/opportunities/{backdated.Id()}/win", new { version = backdated.Version() })).OkJsonAsync();
        await (await rep.Client.PutJsonAsync($"/opportunities/{backdated.Id()}", new
        {
            name = backdated.Str("name"), closeDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-60).ToString("yyyy-MM-dd"), contactId = contact.Id(),
            amount = 4000m, version = backdated.Version(),
        })).OkJsonAsync();
        await OpenDealAsync(admin, contact.Id(), 8000m, pipeline.Id());   // the administrator's, in no team: not on the team's board

        var board = await (await admin.GetSalesAsync($"/opportunities/board?teamId={team}")).OkJsonAsync();
        var stages = board.GetProperty("stages").EnumerateArray().ToDictionary(s => s.Str("name")!);
        Assert.Equal(0, stages["Prospecting"].GetProperty("count").GetInt32());
        var proposal = stages["Proposal"];
        Assert.Equal(1, proposal.GetProperty("count").GetInt32());
        Assert.Equal(1000m, proposal.Dec("totalAmount"));
        Assert.Equal(500m, proposal.Dec("weightedAmount"));
        Assert.Equal(open.Id(), proposal.GetProperty("opportunities")[0].Id());
        Assert.Equal("Board Contact", proposal.GetProperty("opportunities")[0].Str("contactName"));
        var closedWon = stages["Closed Won"];
        Assert.Equal(1, closedWon.GetProperty("count").GetInt32());
        Assert.Equal(2000m, closedWon.Dec("totalAmount"));
        Assert.Equal([won.Id()], closedWon.GetProperty("opportunities").EnumerateArray().Select(o => o.Id()));
        // Days in stage average the finished stays of the deals on the board: both left Prospecting at once; none has left Proposal.
        Assert.Equal(0m, stages["Prospecting"].Dec("averageDaysInStage"));
        Assert.Equal(JsonValueKind.Null, proposal.GetProperty("averageDaysInStage").ValueKind);
    }

    [Fact]
    public async Task Rep_cannot_give_a_deal_to_someone_else_and_needs_a_known_customer()
    {
        var admin = await app.AdminAsync();
        await admin.CreatePipelineAsync();
        var rep = await app.CreateUserAsync([SalesPermissions.Read, SalesPermissions.Write], DataScope.Own);

        await (await rep.Client.PostJsonAsync("/opportunities", new { name = "X", contactId = Guid.NewGuid(), closeDate = "2026-12-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var contact = await admin.CreateContactAsync("Known");
        await (await rep.Client.PostJsonAsync("/opportunities", new { name = "X", contactId = contact.Id(), closeDate = "2026-12-01", ownerId = Guid.NewGuid() }))
            .ProblemAsync(HttpStatusCode.Forbidden, "sales.assign_forbidden");
    }
}
