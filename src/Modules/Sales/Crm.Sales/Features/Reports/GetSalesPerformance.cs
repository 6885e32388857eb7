using Crm.Customers.Contracts.Facade;
using Crm.Platform.Contracts;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Reports;

/// <summary>
/// Per rep, for a period, over the caller's visible leads and deals: new leads (captured in it), lead conversion rate
/// (of those, how many are converted), deals won and lost (closed in it), win rate (won / closed), average deal size
/// (won, company currency), average sales cycle (days from opening to winning) and activities logged (Customers'
/// interactions the rep had). Each figure is one GROUP BY; activities come from Customers in one call.
/// </summary>
public sealed record GetSalesPerformance(string Period) : IQuery<Result<SalesPerformance>>;

public sealed record SalesPerformance(string Period, string Currency, IReadOnlyList<RepPerformance> Reps);

public sealed record RepPerformance(
    Guid UserId, string? Name, int NewLeads, int ConvertedLeads, decimal? ConversionRatePercent, int Won, int Lost, decimal? WinRatePercent,
    decimal WonAmount, decimal? AverageDealSize, decimal? AverageCycleDays, int ActivitiesLogged);

internal sealed class GetSalesPerformanceValidator : AbstractValidator<GetSalesPerformance>
{
    public GetSalesPerformanceValidator() => RuleFor(q => q.Period).Period();
}

internal sealed class GetSalesPerformanceHandler(
    SalesDbContext db, ICurrentUser user, Rates rates, IUserDirectory users, IInteractionStatistics interactions, TimeProvider clock)
    : IQueryHandler<GetSalesPerformance, Result<SalesPerformance>>
{
    public async ValueTask<Result<SalesPerformance>> Handle(GetSalesPerformance q, CancellationToken ct)
    {
        var period = SalesPeriod.Parse(q.Period);
        var (from, to) = (period.StartsAt, period.EndsAt);

        var leads = await db.Leads.AsNoTracking().VisibleTo(user).Where(l => l.CreatedAt >= from && l.CreatedAt < to)
            .GroupBy(l => l.OwnerId)
            .Select(g => new { g.Key, New = g.Count(), Converted = g.Count(l => l.Status == LeadStatus.Converted) })
            .ToDictionaryAsync(g => g.Key, ct);
        var closed = await db.Opportunities.AsNoTracking().VisibleTo(user)
            .Where(o => o.ClosedAt >= from && o.ClosedAt < to && o.Status != OpportunityStatus.Open)
            .GroupBy(o => new { o.OwnerId, o.Status, o.Currency })
            .Select(g => new { g.Key.OwnerId, g.Key.Status, g.Key.Currency, Count = g.Count(), Amount = g.Sum(o => o.Amount), Cycle = g.Sum(o => o.CycleDays ?? 0m) })
            .ToListAsync(ct);

        var table = await rates.OnAsync(period.RateDay(clock), ct);
        if (table.Missing(closed.Select(c => c.Currency)).FirstOrDefault() is { } missing) return SalesErrors.ExchangeRateMissing(missing);

        var reps = leads.Keys.Concat(closed.Select(c => c.OwnerId)).Distinct().ToList();
        var names = await users.GetNamesAsync(reps, ct);
        var activities = await interactions.CountByUserAsync(reps, from, to, ct);

        var rows = reps.Select(rep =>
            {
                var l = leads.GetValueOrDefault(rep);
                var won = closed.Where(c => c.OwnerId == rep && c.Status == OpportunityStatus.Won).ToList();
                var lost = closed.Where(c => c.OwnerId == rep && c.Status == OpportunityStatus.Lost).Sum(c => c.Count);
                var wonCount = won.Sum(c => c.Count);
                var wonAmount = Money.Round(won.Sum(c => c.Amount * table.RateOf(c.Currency)));
                return new RepPerformance(rep, names.GetValueOrDefault(rep), l?.New ?? 0, l?.Converted ?? 0, Rate(l?.Converted ?? 0, l?.New ?? 0), wonCount, lost,
                    Rate(wonCount, wonCount + lost), wonAmount, wonCount > 0 ? Money.Round(wonAmount / wonCount) : null,
                    wonCount > 0 ? Math.Round(won.Sum(c => c.Cycle) / wonCount, 1, Money.Rounding) : null, activities.GetValueOrDefault(rep));
            })
            .OrderByDescending(r => r.WonAmount).ThenBy(r => r.Name)
            .ToList();
        return new SalesPerformance(period.ToString(), table.CompanyCurrency, rows);
    }

    private static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1, Money.Rounding);
}
