using System.Text.Json.Serialization;
using Crm.Platform.Contracts;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Commissions;

public sealed record CommissionRuleDetails(Guid Id, string Name, Guid? UserId, decimal BaseRatePercent, bool IsActive,
    IReadOnlyList<CommissionTierInput> Tiers, uint Version);

/// <summary>From <c>thresholdPercent</c> quota attainment on, commission is <c>ratePercent</c> of each line's net.</summary>
public sealed record CommissionTierInput(decimal ThresholdPercent, decimal RatePercent);

/// <summary>
/// A commission rule: a base rate, raised by tiers above attainment thresholds. With a user it applies to that user
/// only; without, to every rep who has no rule of their own. At most one active rule per user (and one general one).
/// </summary>
public sealed record CreateCommissionRule(string Name, decimal BaseRatePercent, IReadOnlyList<CommissionTierInput>? Tiers = null, Guid? UserId = null,
    bool IsActive = true) : ICommand<Result<CommissionRuleDetails>>;

public sealed record UpdateCommissionRule(string Name, decimal BaseRatePercent, uint Version, IReadOnlyList<CommissionTierInput>? Tiers = null,
    Guid? UserId = null, bool IsActive = true) : ICommand<Result<CommissionRuleDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal static class CommissionRuleInput
{
    public static void Rules<T>(AbstractValidator<T> v, Func<T, string> name, Func<T, decimal> rate, Func<T, IReadOnlyList<CommissionTierInput>?> tiers)
    {
        v.RuleFor(c => name(c)).NotEmpty().MaximumLength(100).OverridePropertyName("name");
        v.RuleFor(c => rate(c)).Percent().OverridePropertyName("baseRatePercent");
        v.RuleFor(c => tiers(c)).Must(t => t is null || (t.Count <= 20 && t.Select(x => x.ThresholdPercent).Distinct().Count() == t.Count
                && t.All(x => x.ThresholdPercent is >= 0 and <= 10_000 && x.RatePercent is >= 0 and <= 100 && decimal.Round(x.RatePercent, 4) == x.RatePercent)))
            .OverridePropertyName("tiers")
            .WithMessage("Give at most 20 tiers with distinct thresholds (0–10000 %) and rates from 0 to 100 % (4 decimals).");
    }
}

internal sealed class CreateCommissionRuleValidator : AbstractValidator<CreateCommissionRule>
{
    public CreateCommissionRuleValidator() => CommissionRuleInput.Rules(this, c => c.Name, c => c.BaseRatePercent, c => c.Tiers);
}

internal sealed class UpdateCommissionRuleValidator : AbstractValidator<UpdateCommissionRule>
{
    public UpdateCommissionRuleValidator()
    {
        CommissionRuleInput.Rules(this, c => c.Name, c => c.BaseRatePercent, c => c.Tiers);
        RuleFor(c => c.Version).Version();
    }
}

internal sealed class CreateCommissionRuleHandler(SalesDbContext db, IUserDirectory users) : ICommandHandler<CreateCommissionRule, Result<CommissionRuleDetails>>
{
    public async ValueTask<Result<CommissionRuleDetails>> Handle(CreateCommissionRule cmd, CancellationToken ct)
    {
        if (await db.CheckRuleAsync(users, null, cmd.UserId, cmd.IsActive, ct) is { } error) return error;
        var rule = CommissionRule.Create(cmd.Name, cmd.UserId);
        rule.Update(cmd.Name, cmd.UserId, cmd.BaseRatePercent, cmd.IsActive, (cmd.Tiers ?? []).Select(t => (t.ThresholdPercent, t.RatePercent)));
        db.CommissionRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return await db.RuleDetailsAsync(rule.Id, ct);
    }
}

internal sealed class UpdateCommissionRuleHandler(SalesDbContext db, IUserDirectory users) : ICommandHandler<UpdateCommissionRule, Result<CommissionRuleDetails>>
{
    public async ValueTask<Result<CommissionRuleDetails>> Handle(UpdateCommissionRule cmd, CancellationToken ct)
    {
        var rule = await db.CommissionRules.Include(r => r.Tiers).FirstOrDefaultAsync(r => r.Id == cmd.Id, ct);
        if (rule is null) return SalesErrors.CommissionRuleNotFound(cmd.Id);
        if (await db.CheckAsync(rule, cmd.Version, "commission rule", async () => await db.RuleDetailsAsync(rule.Id, ct)) is { } stale) return stale;
        if (await db.CheckRuleAsync(users, rule.Id, cmd.UserId, cmd.IsActive, ct) is { } error) return error;
        db.RemoveRange(rule.Tiers.ToList());
        rule.Update(cmd.Name, cmd.UserId, cmd.BaseRatePercent, cmd.IsActive, (cmd.Tiers ?? []).Select(t => (t.ThresholdPercent, t.RatePercent)));
        await db.SaveChangesAsync(ct);
        return await db.RuleDetailsAsync(rule.Id, ct);
    }
}

/// <summary>Every commission rule (a handful: not paged), general rule first.</summary>
public sealed record ListCommissionRules : IQuery<Result<IReadOnlyList<CommissionRuleDetails>>>;

internal sealed class ListCommissionRulesHandler(SalesDbContext db) : IQueryHandler<ListCommissionRules, Result<IReadOnlyList<CommissionRuleDetails>>>
{
    public async ValueTask<Result<IReadOnlyList<CommissionRuleDetails>>> Handle(ListCommissionRules q, CancellationToken ct) =>
        await db.CommissionRules.AsNoTracking().OrderBy(r => r.UserId != null).ThenBy(r => r.Name).ToRuleDetails().ToListAsync(ct);
}

internal static class CommissionRuleReads
{
    public static IQueryable<CommissionRuleDetails> ToRuleDetails(this IQueryable<CommissionRule> rules) =>
        rules.Select(r => new CommissionRuleDetails(r.Id, r.Name, r.UserId, r.BaseRatePercent, r.IsActive,
            r.Tiers.OrderBy(t => t.ThresholdPercent).Select(t => new CommissionTierInput(t.ThresholdPercent, t.RatePercent)).ToList(), r.Version));

    public static Task<CommissionRuleDetails> RuleDetailsAsync(this SalesDbContext db, Guid id, CancellationToken ct) =>
        db.CommissionRules.AsNoTracking().Where(r => r.Id == id).ToRuleDetails().FirstAsync(ct);

    /// <summary>The user must exist, and only one active rule may apply to the same user (or be the general rule).</summary>
    public static async Task<Error?> CheckRuleAsync(this SalesDbContext db, IUserDirectory users, Guid? self, Guid? userId, bool active, CancellationToken ct)
    {
        if (userId is { } u && (await users.GetNamesAsync([u], ct)).Count == 0) return Error.Validation("userId", "No such user.");
        if (active && await db.CommissionRules.AnyAsync(r => r.IsActive && r.UserId == userId && r.Id != self, ct))
            return Error.Conflict("sales.commission_rule_exists", userId is null
                ? "An active general commission rule exists already; deactivate it first."
                : "This user has an active commission rule already; deactivate it first.");
        return null;
    }
}
