using Crm.SharedKernel.Domain;

namespace Crm.Sales.Domain;

/// <summary>
/// How a rep earns commission on the order lines they sold: a base rate (percent of the line's net amount in the
/// company currency), raised by tiers once the rep's attainment for the period reaches each tier's threshold.
/// A rule for one user beats the general rule (no user). Rates are percent with 4 places: numeric(9,4).
/// </summary>
internal sealed class CommissionRule : AggregateRoot
{
    private CommissionRule() { }

    public string Name { get; private set; } = "";
    public Guid? UserId { get; private set; }
    public decimal BaseRatePercent { get; private set; }
    public bool IsActive { get; private set; } = true;
    public List<CommissionTier> Tiers { get; private set; } = [];

    public static CommissionRule Create(string name, Guid? userId) => new() { Name = name.Trim(), UserId = userId };

    public void Update(string name, Guid? userId, decimal baseRatePercent, bool isActive, IEnumerable<(decimal Threshold, decimal Rate)> tiers)
    {
        Name = name.Trim();
        UserId = userId;
        BaseRatePercent = baseRatePercent;
        IsActive = isActive;
        Tiers.Clear();
        Tiers.AddRange(tiers.OrderBy(t => t.Threshold).Select(t => CommissionTier.Create(Id, t.Threshold, t.Rate)));
    }

    /// <summary>
    /// The rate for a period's attainment: the tier with the highest threshold at or below it, else the base rate.
    /// Without a quota (attainment unknown) only the base rate applies.
    /// </summary>
    public static decimal RateFor(decimal baseRatePercent, IEnumerable<(decimal Threshold, decimal Rate)> tiers, decimal? attainmentPercent) =>
        attainmentPercent is { } a
            ? tiers.Where(t => t.Threshold <= a).OrderByDescending(t => t.Threshold).Select(t => (decimal?)t.Rate).FirstOrDefault() ?? baseRatePercent
            : baseRatePercent;

    public decimal RateFor(decimal? attainmentPercent) => RateFor(BaseRatePercent, Tiers.Select(t => (t.ThresholdPercent, t.RatePercent)), attainmentPercent);

    /// <summary>Commission on one line: its company net × rate, rounded per line (the statement total is the sum of lines).</summary>
    public static decimal CommissionOn(decimal companyNetAmount, decimal ratePercent) => Money.Percent(companyNetAmount, ratePercent);
}

/// <summary>From <see cref="ThresholdPercent"/> attainment on, the rate is <see cref="RatePercent"/>.</summary>
internal sealed class CommissionTier : Entity
{
    private CommissionTier() { }

    public Guid RuleId { get; private set; }
    public decimal ThresholdPercent { get; private set; }
    public decimal RatePercent { get; private set; }

    public static CommissionTier Create(Guid ruleId, decimal threshold, decimal rate) =>
        new() { RuleId = ruleId, ThresholdPercent = threshold, RatePercent = rate };
}
