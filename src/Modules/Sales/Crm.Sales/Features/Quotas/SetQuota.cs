using Crm.Platform.Contracts;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Sales.Features.Quotas;

/// <summary>Sets the quota (company currency) of one user or one team for a month or quarter, replacing an earlier one.</summary>
public sealed record SetQuota(string Period, decimal Amount, Guid? UserId = null, Guid? TeamId = null) : ICommand<Result<QuotaDetails>>;

public sealed record QuotaDetails(Guid Id, Guid? UserId, Guid? TeamId, string Period, PeriodKind PeriodKind, DateOnly PeriodStart, decimal Amount,
    string Currency, uint Version);

internal sealed class SetQuotaValidator : AbstractValidator<SetQuota>
{
    public SetQuotaValidator()
    {
        RuleFor(c => c.Period).Period()
            .Must(p => !SalesPeriod.TryParse(p, out var period) || period.Kind != PeriodKind.Year).WithMessage("Quotas are set per month or quarter.");
        RuleFor(c => c.Amount).MoneyAmount();
        RuleFor(c => c).Must(c => (c.UserId is null) != (c.TeamId is null)).WithName("userId").WithMessage("Give either a userId or a teamId.");
    }
}

internal sealed class SetQuotaHandler(SalesDbContext db, IUserDirectory users, IOptions<SalesOptions> options) : ICommandHandler<SetQuota, Result<QuotaDetails>>
{
    public async ValueTask<Result<QuotaDetails>> Handle(SetQuota cmd, CancellationToken ct)
    {
        if (cmd.UserId is { } userId && (await users.GetNamesAsync([userId], ct)).Count == 0) return Error.Validation("userId", "No such user.");
        var period = SalesPeriod.Parse(cmd.Period);
        var quota = await db.Quotas.FirstOrDefaultAsync(q => q.UserId == cmd.UserId && q.TeamId == cmd.TeamId && q.PeriodKind == period.Kind
            && q.PeriodStart == period.Start, ct);
        if (quota is null) db.Quotas.Add(quota = Quota.Set(cmd.UserId, cmd.TeamId, period, cmd.Amount));
        else quota.Change(cmd.Amount);
        await db.SaveChangesAsync(ct);
        var saved = await db.Quotas.AsNoTracking().FirstAsync(q => q.Id == quota.Id, ct);
        return saved.ToDetails(options.Value.CompanyCurrency);
    }
}

internal static class QuotaProjection
{
    public static QuotaDetails ToDetails(this Quota q, string currency) =>
        new(q.Id, q.UserId, q.TeamId, q.Period.ToString(), q.PeriodKind, q.PeriodStart, q.Amount, currency, q.Version);
}

/// <summary>Quotas whose period lies within <c>period</c> (e.g. the quarter's and its months'), optionally for one user or team.</summary>
public sealed record ListQuotas(string Period, Guid? UserId = null, Guid? TeamId = null) : IQuery<Result<IReadOnlyList<QuotaDetails>>>;

internal sealed class ListQuotasValidator : AbstractValidator<ListQuotas>
{
    public ListQuotasValidator() => RuleFor(q => q.Period).Period();
}

internal sealed class ListQuotasHandler(SalesDbContext db, IOptions<SalesOptions> options) : IQueryHandler<ListQuotas, Result<IReadOnlyList<QuotaDetails>>>
{
    public async ValueTask<Result<IReadOnlyList<QuotaDetails>>> Handle(ListQuotas q, CancellationToken ct)
    {
        var period = SalesPeriod.Parse(q.Period);
        var (start, end) = (period.Start, period.End);
        var quotas = db.Quotas.AsNoTracking().Where(x => x.PeriodStart >= start && x.PeriodStart < end);
        if (q.UserId is { } user) quotas = quotas.Where(x => x.UserId == user);
        if (q.TeamId is { } team) quotas = quotas.Where(x => x.TeamId == team);
        var rows = await quotas.OrderBy(x => x.PeriodStart).ThenBy(x => x.PeriodKind).Take(5000).ToListAsync(ct);
        return rows.Select(x => x.ToDetails(options.Value.CompanyCurrency)).ToList();
    }
}

public sealed record DeleteQuota(Guid Id) : ICommand<Result<Guid>>;

internal sealed class DeleteQuotaHandler(SalesDbContext db) : ICommandHandler<DeleteQuota, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(DeleteQuota cmd, CancellationToken ct)
    {
        var quota = await db.Quotas.FirstOrDefaultAsync(q => q.Id == cmd.Id, ct);
        if (quota is null) return SalesErrors.QuotaNotFound(cmd.Id);
        db.Quotas.Remove(quota);
        await db.SaveChangesAsync(ct);
        return quota.Id;
    }
}
