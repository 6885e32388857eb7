using Crm.Platform.Contracts;
using Crm.Sales.Contracts;
using Crm.Sales.Domain;
using Crm.Sales.Features.Quotas;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Commissions;

/// <summary>
/// A rep's commission statement for a period (the caller's own unless <c>userId</c> names another, which needs
/// sales.manage): the rule that applies, quota attainment (closed won against quota), the rate that attainment earns,
/// and one line per order line the rep sold in the period (orders placed in it and not cancelled), each commission
/// rounded per line; the total is their sum.
/// </summary>
public sealed record GetCommissionStatement(string Period, Guid? UserId = null) : IQuery<Result<CommissionStatement>>;

public sealed record CommissionStatement(
    Guid UserId, string? UserName, string Period, string Currency, Guid? RuleId, string? RuleName, decimal? Quota, decimal ClosedWon,
    decimal? AttainmentPercent, decimal RatePercent, decimal TotalSales, decimal TotalCommission, IReadOnlyList<CommissionLine> Lines);

public sealed record CommissionLine(Guid OrderId, string OrderNumber, DateTimeOffset PlacedAt, string ProductCode, string Description, decimal NetAmount,
    decimal RatePercent, decimal Commission);

internal sealed class GetCommissionStatementValidator : AbstractValidator<GetCommissionStatement>
{
    public GetCommissionStatementValidator() => RuleFor(q => q.Period).Period();
}

internal sealed class GetCommissionStatementHandler(SalesDbContext db, ICurrentUser user, Rates rates, IUserDirectory users, TimeProvider clock)
    : IQueryHandler<GetCommissionStatement, Result<CommissionStatement>>
{
    public async ValueTask<Result<CommissionStatement>> Handle(GetCommissionStatement q, CancellationToken ct)
    {
        var rep = q.UserId ?? user.Id;
        if (rep != user.Id && !user.HasPermission(SalesPermissions.Manage)) return SalesErrors.StatementForbidden;
        var period = SalesPeriod.Parse(q.Period);

        var table = await rates.OnAsync(period.RateDay(clock), ct);
        var (won, missing) = await db.ClosedWonAsync(db.Opportunities.AsNoTracking().Where(o => o.OwnerId == rep), period, SalesGrouping.Owner, table, ct);
        if (missing is not null) return SalesErrors.ExchangeRateMissing(missing);
        var closedWon = won.GetValueOrDefault(rep);
        var quota = (await db.QuotasForAsync(period, SalesGrouping.Owner, [rep], ct)).GetValueOrDefault(rep);
        var attainment = Quota.Attainment(closedWon, quota);

        var rule = await db.CommissionRules.AsNoTracking().Include(r => r.Tiers).Where(r => r.IsActive && (r.UserId == rep || r.UserId == null))
            .OrderBy(r => r.UserId == null).FirstOrDefaultAsync(ct);
        var rate = rule?.RateFor(attainment) ?? 0m;

        var (from, to) = (period.StartsAt, period.EndsAt);
        var sold = await db.Orders.AsNoTracking()
            .Where(o => o.OwnerId == rep && o.Status != OrderStatus.Cancelled && o.PlacedAt >= from && o.PlacedAt < to)
            .SelectMany(o => o.Lines.Select(l => new { o.Id, o.Number, o.PlacedAt, l.Position, l.ProductCode, l.Description, l.CompanyNetAmount }))
            .OrderBy(x => x.PlacedAt).ThenBy(x => x.Number).ThenBy(x => x.Position)
            .ToListAsync(ct);
        var lines = sold.Select(x => new CommissionLine(x.Id, Order.Format(x.Number), x.PlacedAt, x.ProductCode, x.Description, x.CompanyNetAmount, rate,
            CommissionRule.CommissionOn(x.CompanyNetAmount, rate))).ToList();
        var names = await users.GetNamesAsync([rep], ct);
        return new CommissionStatement(rep, names.GetValueOrDefault(rep), period.ToString(), table.CompanyCurrency, rule?.Id, rule?.Name, quota, closedWon,
            attainment, rate, lines.Sum(l => l.NetAmount), lines.Sum(l => l.Commission), lines);
    }
}
