using Crm.Sales.Domain;

namespace Crm.Sales.Tests.Domain;

public sealed class StageRuleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private static Pipeline Standard()
    {
        var p = Pipeline.Create("Standard", true);
        p.SetStages([(null, "Prospecting", 10m, StageCategory.Open), (null, "Proposal", 50m, StageCategory.Open),
            (null, "Won", 30m, StageCategory.Won), (null, "Lost", 30m, StageCategory.Lost)]);
        return p;
    }

    private static Opportunity Deal(Pipeline p) =>
        Opportunity.Open("Deal", p, p.FirstOpenStage!, 1000m, "USD", new DateOnly(2026, 12, 1), null, Guid.NewGuid(), Guid.NewGuid(), null, null,
            Guid.NewGuid(), T0).Opportunity;

    private static PipelineStage Stage(Pipeline p, string name) => p.Stages.Single(s => s.Name == name);

    [Fact]
    public void Won_and_lost_stages_have_fixed_probabilities()
    {
        var p = Standard();
        Assert.Equal(100m, Stage(p, "Won").Probability);
        Assert.Equal(0m, Stage(p, "Lost").Probability);
    }

    [Fact]
    public void Moving_takes_the_stages_probability_and_records_a_step()
    {
        var p = Standard();
        var deal = Deal(p);

        var step = deal.MoveTo(Stage(p, "Proposal"), Guid.NewGuid(), T0.AddDays(3));

        Assert.True(step.IsSuccess);
        Assert.Equal(Stage(p, "Proposal").Id, deal.StageId);
        Assert.Equal(50m, deal.Probability);
        Assert.Equal(T0.AddDays(3), step.Value!.EnteredAt);
    }

    [Fact]
    public void A_deal_cannot_move_to_another_pipelines_stage_nor_close_by_moving()
    {
        var p = Standard();
        var other = Standard();
        var deal = Deal(p);

        Assert.Equal("sales.stage_not_in_pipeline", deal.MoveTo(Stage(other, "Proposal"), Guid.NewGuid(), T0).Error!.Code);
        Assert.Equal("sales.use_win_or_lose", deal.MoveTo(Stage(p, "Won"), Guid.NewGuid(), T0).Error!.Code);
    }

    [Fact]
    public void Closed_deals_do_not_move_and_closing_sets_the_close_day()
    {
        var p = Standard();
        var deal = Deal(p);

        Assert.True(deal.Win(Stage(p, "Won"), "Price", Guid.NewGuid(), T0.AddDays(20)).IsSuccess);

        Assert.Equal(OpportunityStatus.Won, deal.Status);
        Assert.Equal(new DateOnly(2026, 10, 21), deal.CloseDate);
        Assert.Equal(100m, deal.Probability);
        Assert.Equal("sales.opportunity_closed", deal.MoveTo(Stage(p, "Proposal"), Guid.NewGuid(), T0).Error!.Code);
        Assert.Equal("sales.opportunity_closed", deal.Lose(Stage(p, "Lost"), "x", Guid.NewGuid(), T0).Error!.Code);
    }

    [Fact]
    public void A_stay_knows_its_days_when_left()
    {
        var step = OpportunityStageChange.Record(Guid.NewGuid(), null, Stage(Standard(), "Proposal"), Guid.NewGuid(), T0);
        step.Leave(T0.AddHours(36));
        Assert.Equal(1.5m, step.DaysInStage);
    }

    [Fact]
    public void Pipelines_need_each_category_and_unique_names()
    {
        Assert.True(Pipeline.IsValidStageList([("A", StageCategory.Open), ("W", StageCategory.Won), ("L", StageCategory.Lost)]));
        Assert.False(Pipeline.IsValidStageList([("A", StageCategory.Open), ("W", StageCategory.Won)]));
        Assert.False(Pipeline.IsValidStageList([("A", StageCategory.Open), ("a", StageCategory.Open), ("W", StageCategory.Won), ("L", StageCategory.Lost)]));
    }

    [Theory]
    [InlineData(LeadStatus.New, LeadStatus.Working, true)]
    [InlineData(LeadStatus.Working, LeadStatus.Qualified, true)]
    [InlineData(LeadStatus.Qualified, LeadStatus.Disqualified, true)]
    [InlineData(LeadStatus.Disqualified, LeadStatus.Working, true)]
    [InlineData(LeadStatus.Disqualified, LeadStatus.Qualified, false)]
    [InlineData(LeadStatus.Converted, LeadStatus.Working, false)]
    [InlineData(LeadStatus.Qualified, LeadStatus.Converted, false)]
    [InlineData(LeadStatus.New, LeadStatus.New, false)]
    public void Lead_status_flow(LeadStatus from, LeadStatus to, bool allowed) => Assert.Equal(allowed, Lead.CanMove(from, to));

    [Fact]
    public void Only_a_sent_unexpired_latest_quote_can_be_accepted()
    {
        var p = Standard();
        var list = PriceList.Create("L", "USD", null, null, true);
        var quote = Quote.Create(Deal(p), list, new DateOnly(2026, 10, 31), null);

        Assert.Equal("sales.quote_empty", quote.Send(T0).Error!.Code);
        quote.Edit(new DateOnly(2026, 10, 31), null, [QuoteLine.Price(Guid.NewGuid(), "A", "A", "piece", 1m, 10m, 0m, 0m)]);
        Assert.True(quote.Send(T0).IsSuccess);
        Assert.Equal(QuoteStatus.Expired, Quote.Effective(quote.Status, quote.ValidUntil, new DateOnly(2026, 11, 1)));
        Assert.Equal("sales.quote_expired", quote.Accept(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)).Error!.Code);

        var next = quote.Revise(new DateOnly(2026, 12, 31)).Value;
        Assert.Equal(2, next.Revision);
        Assert.Equal(10m, next.Total);
        Assert.Equal("sales.quote_not_latest", quote.Accept(T0).Error!.Code);
    }

    [Fact]
    public void Order_converts_once_at_placement_and_a_fulfilled_order_cannot_be_cancelled()
    {
        var order = Order.Place("EUR", "USD", 1.08345m, [OrderLine.Price(Guid.NewGuid(), "A", "A", "piece", 3m, 33.33m, 0m, 0m)], null, null, null,
            Guid.NewGuid(), Guid.NewGuid(), null, T0);

        Assert.Equal(99.99m, order.Total);
        Assert.Equal(108.33m, order.CompanyTotal);     // 108.3341…
        Assert.Equal(108.33m, order.Lines[0].CompanyNetAmount);
        Assert.True(order.Fulfil(T0).IsSuccess);
        Assert.Equal("sales.order_status_transition", order.Cancel("late", T0).Error!.Code);
    }
}
