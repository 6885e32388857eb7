using Crm.SharedKernel.Domain;

namespace Crm.Sales.Domain;

/// <summary>
/// A sales target in the company currency for one user or one team over a month or a quarter. Attainment is the
/// closed-won amount against it. For a period without a quota of its own, the quotas of the months inside it add up.
/// </summary>
internal sealed class Quota : AggregateRoot
{
    private Quota() { }

    public Guid? UserId { get; private set; }
    public Guid? TeamId { get; private set; }
    public PeriodKind PeriodKind { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    /// <summary>numeric(18,2), company currency.</summary>
    public decimal Amount { get; private set; }

    public SalesPeriod Period => PeriodKind == PeriodKind.Quarter
        ? SalesPeriod.QuarterOf(PeriodStart)
        : PeriodKind == PeriodKind.Year ? new SalesPeriod(PeriodKind.Year, PeriodStart.Year, 1) : SalesPeriod.MonthOf(PeriodStart);

    public static Quota Set(Guid? userId, Guid? teamId, SalesPeriod period, decimal amount) =>
        new() { UserId = userId, TeamId = teamId, PeriodKind = period.Kind, PeriodStart = period.Start, Amount = Money.Round(amount) };

    public void Change(decimal amount) => Amount = Money.Round(amount);

    /// <summary>
    /// The quota for <paramref name="period"/> out of one holder's quotas: its own when set, else the sum of the
    /// shorter quotas inside it (months in a quarter; quarters, else months, in a year). Null when none applies.
    /// </summary>
    public static decimal? For(SalesPeriod period, IReadOnlyCollection<(SalesPeriod Period, decimal Amount)> quotas)
    {
        if (quotas.FirstOrDefault(q => q.Period == period) is { Period: not null } exact) return exact.Amount;
        foreach (var kind in new[] { PeriodKind.Quarter, PeriodKind.Month }.Where(k => k < period.Kind))
        {
            var inside = quotas.Where(q => q.Period.Kind == kind && period.Covers(q.Period)).ToList();
            if (inside.Count > 0) return inside.Sum(q => q.Amount);
        }
        return null;
    }

    /// <summary>Attainment in percent, 2 places (AwayFromZero); null without a positive quota.</summary>
    public static decimal? Attainment(decimal closedWon, decimal? quota) =>
        quota is > 0 ? Math.Round(closedWon / quota.Value * 100m, 2, Money.Rounding) : null;
}
