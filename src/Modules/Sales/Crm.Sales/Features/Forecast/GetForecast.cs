using Crm.Platform.Contracts;
using Crm.Sales.Domain;
using Crm.Sales.Features.Quotas;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Forecast;

/// <summary>
/// The forecast of a period (2026-11, 2026-Q4, 2026) over the caller's visible deals closing in it, per owner or per
/// team, in the company currency: open pipeline, weighted pipeline (amount × probability), best case, committed and
/// closed won (see <see cref="ForecastFigures"/>), next to the quota and attainment. Amounts are summed in SQL per
/// currency, converted at the rates in force on the period's last day (today while it runs), and rounded once.
/// </summary>
public sealed record GetForecast(string Period, SalesGrouping GroupBy = SalesGrouping.Owner, Guid? PipelineId = null) : IQuery<Result<SalesForecast>>;

public sealed record SalesForecast(string Period, DateOnly From, DateOnly To, string Currency, SalesGrouping GroupBy, IReadOnlyList<ForecastRow> Rows,
    ForecastRow Total);

/// <summary>One owner's or team's forecast; <c>key</c> is the user or team id (null: deals without a team) and <c>name</c> theirs.</summary>
public sealed record ForecastRow(
    Guid? Key, string? Name, decimal OpenPipeline, decimal WeightedPipeline, decimal BestCase, decimal Committed, decimal ClosedWon, decimal? Quota,
    decimal? AttainmentPercent);

internal sealed class GetForecastValidator : AbstractValidator<GetForecast>
{
    public GetForecastValidator()
    {
        RuleFor(q => q.Period).Period();
        RuleFor(q => q.GroupBy).IsInEnum();
    }
}

internal sealed class GetForecastHandler(SalesDbContext db, ICurrentUser user, Rates rates, IUserDirectory users, ITeamDirectory teams, TimeProvider clock)
    : IQueryHandler<GetForecast, Result<SalesForecast>>
{
    public async ValueTask<Result<SalesForecast>> Handle(GetForecast q, CancellationToken ct)
    {
        var period = SalesPeriod.Parse(q.Period);
        var (start, end) = (period.Start, period.End);
        var deals = db.Opportunities.AsNoTracking().VisibleTo(user).Where(o => o.CloseDate >= start && o.CloseDate < end && o.Status != OpportunityStatus.Lost);
        if (q.PipelineId is { } pipeline) deals = deals.Where(o => o.PipelineId == pipeline);

        var groups = q.GroupBy == SalesGrouping.Team
            ? await deals.GroupBy(o => new { Key = o.TeamId, o.Status, o.ForecastCategory, o.Currency })
                .Select(g => new ForecastGroup(g.Key.Key, g.Key.Status, g.Key.ForecastCategory, g.Key.Currency, g.Sum(o => o.Amount),
                    g.Sum(o => o.Amount * o.Probability / 100m)))
                .ToListAsync(ct)
            : await deals.GroupBy(o => new { Key = (Guid?)o.OwnerId, o.Status, o.ForecastCategory, o.Currency })
                .Select(g => new ForecastGroup(g.Key.Key, g.Key.Status, g.Key.ForecastCategory, g.Key.Currency, g.Sum(o => o.Amount),
                    g.Sum(o => o.Amount * o.Probability / 100m)))
                .ToListAsync(ct);

        var table = await rates.OnAsync(period.RateDay(clock), ct);
        if (table.Missing(groups.Select(g => g.Currency)).FirstOrDefault() is { } missing) return SalesErrors.ExchangeRateMissing(missing);

        // Sorted, not in the GROUP BY's (hash) order: the look-ups below bind the same list for the same data, and rows
        // that tie keep a stable order.
        var keys = groups.Select(g => g.Key).Distinct().Order().ToList();
        var quotas = await db.QuotasForAsync(period, q.GroupBy, keys, ct);
        List<Guid> ids = [.. keys.Where(k => k is not null).Select(k => k!.Value)];
        var names = q.GroupBy == SalesGrouping.Owner ? await users.GetNamesAsync(ids, ct) : await teams.GetTeamNamesAsync(ids, ct);

        var rows = keys
            .Select(key =>
            {
                var f = ForecastFigures.Of(groups.Where(g => g.Key == key), table.RateOf);
                var quota = key is { } k ? quotas.GetValueOrDefault(k) : null;
                return new ForecastRow(key, key is { } id ? names.GetValueOrDefault(id) : null, f.OpenPipeline, f.WeightedPipeline, f.BestCase, f.Committed,
                    f.ClosedWon, quota, Quota.Attainment(f.ClosedWon, quota));
            })
            .OrderByDescending(r => r.ClosedWon).ThenByDescending(r => r.WeightedPipeline)
            .ToList();
        var all = ForecastFigures.Of(groups, table.RateOf);
        decimal? totalQuota = rows.Any(r => r.Quota is not null) ? rows.Sum(r => r.Quota ?? 0m) : null;
        var total = new ForecastRow(null, "Total", all.OpenPipeline, all.WeightedPipeline, all.BestCase, all.Committed, all.ClosedWon, totalQuota,
            Quota.Attainment(all.ClosedWon, totalQuota));
        return new SalesForecast(period.ToString(), start, end.AddDays(-1), table.CompanyCurrency, q.GroupBy, rows, total);
    }
}
