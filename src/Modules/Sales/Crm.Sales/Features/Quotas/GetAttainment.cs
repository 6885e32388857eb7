using Crm.Platform.Contracts;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Quotas;

/// <summary>
/// Quota attainment for a period: per user (or team) with a quota or closed-won business in the caller's scope,
/// closed won (won deals closing in the period, company currency) against the quota, in percent.
/// </summary>
public sealed record GetAttainment(string Period, SalesGrouping GroupBy = SalesGrouping.Owner) : IQuery<Result<QuotaAttainment>>;

public sealed record QuotaAttainment(string Period, string Currency, SalesGrouping GroupBy, IReadOnlyList<AttainmentRow> Rows);

public sealed record AttainmentRow(Guid Key, string? Name, decimal? Quota, decimal ClosedWon, decimal? AttainmentPercent);

internal sealed class GetAttainmentValidator : AbstractValidator<GetAttainment>
{
    public GetAttainmentValidator()
    {
        RuleFor(q => q.Period).Period();
        RuleFor(q => q.GroupBy).IsInEnum();
    }
}

internal sealed class GetAttainmentHandler(SalesDbContext db, ICurrentUser user, Rates rates, IUserDirectory users, ITeamDirectory teams, TimeProvider clock)
    : IQueryHandler<GetAttainment, Result<QuotaAttainment>>
{
    public async ValueTask<Result<QuotaAttainment>> Handle(GetAttainment q, CancellationToken ct)
    {
        var period = SalesPeriod.Parse(q.Period);
        var table = await rates.OnAsync(period.RateDay(clock), ct);
        var (won, missing) = await db.ClosedWonAsync(db.Opportunities.AsNoTracking().VisibleTo(user), period, q.GroupBy, table, ct);
        if (missing is not null) return SalesErrors.ExchangeRateMissing(missing);

        // Holders with a quota are listed too (at 0 %), as far as the caller's scope reaches: themselves, their teams' members, or everyone.
        var (start, end) = (period.Start, period.End);
        var holders = await db.Quotas.AsNoTracking().Where(x => x.PeriodStart >= start && x.PeriodStart < end)
            .Select(x => q.GroupBy == SalesGrouping.Owner ? x.UserId : x.TeamId).Where(k => k != null).Distinct().ToListAsync(ct);
        var holderIds = holders.Select(h => h!.Value).ToList();
        var visible = db.Opportunities.AsNoTracking().VisibleTo(user);
        var reachable = user.Scope == DataScope.All ? holderIds
            : q.GroupBy == SalesGrouping.Owner
                ? await visible.Where(o => holderIds.Contains(o.OwnerId)).Select(o => o.OwnerId).Distinct().ToListAsync(ct)
                : [.. holderIds.Where(user.TeamIds.Contains)];
        var keys = won.Keys.Concat(reachable).Concat(user.Scope != DataScope.All && q.GroupBy == SalesGrouping.Owner && holderIds.Contains(user.Id) ? [user.Id] : [])
            .Distinct().ToList();
        var quotas = await db.QuotasForAsync(period, q.GroupBy, [.. keys.Select(k => (Guid?)k)], ct);
        var names = q.GroupBy == SalesGrouping.Owner ? await users.GetNamesAsync(keys, ct) : await teams.GetTeamNamesAsync(keys, ct);
        var rows = keys.Select(k =>
            {
                var quota = quotas.GetValueOrDefault(k);
                var closed = won.GetValueOrDefault(k);
                return new AttainmentRow(k, names.GetValueOrDefault(k), quota, closed, Quota.Attainment(closed, quota));
            })
            .OrderByDescending(r => r.AttainmentPercent ?? -1).ThenByDescending(r => r.ClosedWon)
            .ToList();
        return new QuotaAttainment(period.ToString(), table.CompanyCurrency, q.GroupBy, rows);
    }
}
