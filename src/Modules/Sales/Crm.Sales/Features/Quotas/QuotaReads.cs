using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Quotas;

internal static class QuotaReads
{
    /// <summary>The quota of each holder for a period (its own, or the sum of shorter ones inside it): one query.</summary>
    public static async Task<Dictionary<Guid, decimal?>> QuotasForAsync(this SalesDbContext db, SalesPeriod period, SalesGrouping grouping,
        IReadOnlyCollection<Guid?> holders, CancellationToken ct)
    {
        var ids = holders.Where(h => h is not null).Select(h => h!.Value).ToList();
        var (start, end) = (period.Start, period.End);
        var quotas = db.Quotas.AsNoTracking().Where(q => q.PeriodStart >= start && q.PeriodStart < end);
        quotas = grouping == SalesGrouping.Owner
            ? quotas.Where(q => q.UserId != null && ids.Contains(q.UserId.Value))
            : quotas.Where(q => q.TeamId != null && ids.Contains(q.TeamId.Value));
        var rows = await quotas.ToListAsync(ct);
        return rows.GroupBy(q => (grouping == SalesGrouping.Owner ? q.UserId : q.TeamId)!.Value)
            .ToDictionary(g => g.Key, g => Quota.For(period, [.. g.Select(q => (q.Period, q.Amount))]));
    }

    /// <summary>
    /// Closed won per owner or team in a period: won deals whose close date falls in it, summed per currency in SQL and
    /// converted at the period's rates (<see cref="PeriodRates.RateDay"/>). Null when a currency has no rate.
    /// </summary>
    public static async Task<(Dictionary<Guid, decimal> Won, string? MissingCurrency)> ClosedWonAsync(this SalesDbContext db,
        IQueryable<Opportunity> visible, SalesPeriod period, SalesGrouping grouping, RateTable rates, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var won = visible.Where(o => o.Status == OpportunityStatus.Won && o.CloseDate >= start && o.CloseDate < end);
        var sums = grouping == SalesGrouping.Owner
            ? await won.GroupBy(o => new { Key = (Guid?)o.OwnerId, o.Currency }).Select(g => new { g.Key.Key, g.Key.Currency, Amount = g.Sum(o => o.Amount) }).ToListAsync(ct)
            : await won.GroupBy(o => new { Key = o.TeamId, o.Currency }).Select(g => new { g.Key.Key, g.Key.Currency, Amount = g.Sum(o => o.Amount) }).ToListAsync(ct);
        if (rates.Missing(sums.Select(s => s.Currency)).FirstOrDefault() is { } missing) return ([], missing);
        return (sums.Where(s => s.Key is not null).GroupBy(s => s.Key!.Value)
            .ToDictionary(g => g.Key, g => Money.Round(g.Sum(s => s.Amount * rates.RateOf(s.Currency)))), null);
    }
}
