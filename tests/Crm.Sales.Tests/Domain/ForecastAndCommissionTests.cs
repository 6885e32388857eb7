using Crm.Sales.Domain;

namespace Crm.Sales.Tests.Domain;

public sealed class ForecastTests
{
    private static readonly Guid Rep = Guid.NewGuid();

    [Fact]
    public void Forecast_is_cumulative_and_leaves_out_omitted_and_lost_deals()
    {
        ForecastGroup[] groups =
        [
            new(Rep, OpportunityStatus.Open, ForecastCategory.Pipeline, "USD", 1000m, 100m),
            new(Rep, OpportunityStatus.Open, ForecastCategory.BestCase, "USD", 2000m, 1000m),
            new(Rep, OpportunityStatus.Open, ForecastCategory.Commit, "USD", 3000m, 2250m),
            new(Rep, OpportunityStatus.Open, ForecastCategory.Omitted, "USD", 9999m, 999m),
            new(Rep, OpportunityStatus.Lost, ForecastCategory.Commit, "USD", 5000m, 0m),
            new(Rep, OpportunityStatus.Won, ForecastCategory.Commit, "USD", 4000m, 4000m),
        ];

        var f = ForecastFigures.Of(groups, _ => 1m);

        Assert.Equal(6000m, f.OpenPipeline);
        Assert.Equal(3350m, f.WeightedPipeline);
        Assert.Equal(4000m, f.ClosedWon);
        Assert.Equal(7000m, f.Committed);   // won + open commit
        Assert.Equal(9000m, f.BestCase);    // committed + open best case
    }

    [Fact]
    public void Forecast_converts_each_currency_and_rounds_once_at_the_end()
    {
        ForecastGroup[] groups =
        [
            new(Rep, OpportunityStatus.Open, ForecastCategory.Pipeline, "CNY", 100m, 10.05m),
            new(Rep, OpportunityStatus.Open, ForecastCategory.Pipeline, "USD", 1m, 0.005m),
        ];

        var f = ForecastFigures.Of(groups, c => c == "CNY" ? 0.5m : 1m);

        Assert.Equal(51m, f.OpenPipeline);
        // 5.025 + 0.005 = 5.03 rounded once; rounding each group first would give 5.03 + 0.01 = 5.04.
        Assert.Equal(5.03m, f.WeightedPipeline);
    }
}

public sealed class CommissionTests
{
    private static readonly (decimal, decimal)[] Tiers = [(100m, 8m), (150m, 10m)];

    [Theory]
    [InlineData(null, 5)]
    [InlineData(0.0, 5)]
    [InlineData(99.99, 5)]
    [InlineData(100.0, 8)]
    [InlineData(149.99, 8)]
    [InlineData(150.0, 10)]
    [InlineData(400.0, 10)]
    public void Rate_is_the_highest_tier_reached_else_the_base_rate(double? attainment, decimal expected) =>
        Assert.Equal(expected, CommissionRule.RateFor(5m, Tiers, (decimal?)attainment));

    [Fact]
    public void Commission_is_rounded_per_line()
    {
        Assert.Equal(0.13m, CommissionRule.CommissionOn(2.50m, 5m));   // 0.125
        Assert.Equal(80.01m, CommissionRule.CommissionOn(1000.10m, 8m)); // 80.008
    }

    [Fact]
    public void Quota_of_a_quarter_is_its_own_or_the_sum_of_its_months()
    {
        var q4 = SalesPeriod.Parse("2026-Q4");
        (SalesPeriod, decimal)[] months = [(SalesPeriod.Parse("2026-10"), 100m), (SalesPeriod.Parse("2026-11"), 200m), (SalesPeriod.Parse("2027-01"), 999m)];

        Assert.Equal(300m, Quota.For(q4, months));
        Assert.Equal(500m, Quota.For(q4, [.. months, (q4, 500m)]));
        Assert.Null(Quota.For(SalesPeriod.Parse("2026-Q3"), months));
        Assert.Equal(150m, Quota.Attainment(450m, 300m));
        Assert.Null(Quota.Attainment(450m, null));
    }
}
