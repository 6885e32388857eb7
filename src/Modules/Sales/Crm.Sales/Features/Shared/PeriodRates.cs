using Crm.Sales.Domain;

namespace Crm.Sales.Features.Shared;

internal static class PeriodRates
{
    /// <summary>
    /// The day whose rates convert a period's figures: its last day, or today while the period is still running —
    /// so a closed period's numbers stay put while its rates stay put, and a running one uses the current rates.
    /// </summary>
    public static DateOnly RateDay(this SalesPeriod period, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var last = period.End.AddDays(-1);
        return last < today ? last : today;
    }
}

/// <summary>Forecast and attainment rows are per owner (user) or per team.</summary>
public enum SalesGrouping
{
    Owner,
    Team,
}
