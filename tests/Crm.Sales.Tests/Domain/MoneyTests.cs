using Crm.Sales.Domain;

namespace Crm.Sales.Tests.Domain;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(0.125, 0.13)]
    [InlineData(0.135, 0.14)]
    [InlineData(2.345, 2.35)]
    [InlineData(2.344, 2.34)]
    [InlineData(-2.345, -2.35)]
    public void Amounts_round_to_two_places_half_away_from_zero(decimal amount, decimal expected) =>
        Assert.Equal(expected, Money.Round(amount));

    [Fact]
    public void Line_is_rounded_step_by_step_gross_discount_net_tax()
    {
        var line = LineAmounts.Of(quantity: 1.5m, unitPrice: 10.01m, discountPercent: 12.5m, taxPercent: 13m);

        Assert.Equal(15.02m, line.Gross);    // 15.015
        Assert.Equal(1.88m, line.Discount);  // 1.8775
        Assert.Equal(13.14m, line.Net);
        Assert.Equal(1.71m, line.Tax);       // 1.7082
        Assert.Equal(14.85m, line.Total);
    }

    [Fact]
    public void Totals_are_sums_of_rounded_lines_not_rounded_sums()
    {
        // Three lines of 1 × 0.005 at 0 % would be 0.015 → 0.02 summed then rounded; per line each is 0.01.
        var lines = Enumerable.Range(0, 3).Select(_ => LineAmounts.Of(1m, 0.005m, 0m, 0m)).ToList();

        var totals = DocumentTotals.Of(lines);

        Assert.Equal(0.03m, totals.Total);
        Assert.Equal(0.03m, totals.Subtotal);
    }

    [Theory]
    [InlineData("USD", true)]
    [InlineData("CNY", true)]
    [InlineData("usd", false)]
    [InlineData("US", false)]
    [InlineData("US1", false)]
    public void Currency_codes_are_three_capital_letters(string code, bool valid) => Assert.Equal(valid, Money.IsCurrencyCode(code));
}

public sealed class SalesPeriodTests
{
    [Theory]
    [InlineData("2026-Q4", "2026-10-01", "2027-01-01")]
    [InlineData("2026-q1", "2026-01-01", "2026-04-01")]
    [InlineData("2026-02", "2026-02-01", "2026-03-01")]
    [InlineData("2026", "2026-01-01", "2027-01-01")]
    public void Periods_parse_to_calendar_ranges_with_an_exclusive_end(string text, string start, string end)
    {
        var period = SalesPeriod.Parse(text);

        Assert.Equal(DateOnly.Parse(start), period.Start);
        Assert.Equal(DateOnly.Parse(end), period.End);
        Assert.Equal(text.ToUpperInvariant(), period.ToString());
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026-13")]
    [InlineData("26-Q1")]
    [InlineData("")]
    [InlineData(null)]
    public void Nonsense_is_not_a_period(string? text) => Assert.False(SalesPeriod.TryParse(text, out _));

    [Fact]
    public void A_quarter_covers_its_months()
    {
        var q4 = SalesPeriod.Parse("2026-Q4");
        Assert.True(q4.Covers(SalesPeriod.Parse("2026-11")));
        Assert.False(q4.Covers(SalesPeriod.Parse("2026-09")));
    }
}
