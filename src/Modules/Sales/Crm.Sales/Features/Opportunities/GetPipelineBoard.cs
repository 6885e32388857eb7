using Crm.Customers.Contracts.Facade;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Opportunities;

/// <summary>
/// The kanban of a pipeline (the default unless named): its stages in order, each with the caller's visible deals in it
/// (soonest close first, up to <c>perStage</c>), their count and total in the company currency, and the average days
/// deals spent in the stage before moving on — where deals stall. Closed stages show deals closed in the last 30 days.
/// </summary>
public sealed record GetPipelineBoard(Guid? PipelineId = null, Guid? OwnerId = null, Guid? TeamId = null, int PerStage = 50)
    : IQuery<Result<PipelineBoard>>;

public sealed record PipelineBoard(Guid PipelineId, string Name, string Currency, IReadOnlyList<PipelineBoardStage> Stages);

public sealed record PipelineBoardStage(
    Guid StageId, string Name, int Position, StageCategory Category, decimal Probability, int Count, decimal TotalAmount, decimal WeightedAmount,
    decimal? AverageDaysInStage, IReadOnlyList<OpportunitySummary> Opportunities);

internal sealed class GetPipelineBoardValidator : AbstractValidator<GetPipelineBoard>
{
    public GetPipelineBoardValidator() => RuleFor(q => q.PerStage).InclusiveBetween(1, 200);
}

internal sealed class GetPipelineBoardHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers, Rates rates, TimeProvider clock)
    : IQueryHandler<GetPipelineBoard, Result<PipelineBoard>>
{
    public async ValueTask<Result<PipelineBoard>> Handle(GetPipelineBoard q, CancellationToken ct)
    {
        var pipeline = q.PipelineId is { } id
            ? await db.Pipelines.AsNoTracking().Include(p => p.Stages).FirstOrDefaultAsync(p => p.Id == id, ct)
            : await db.Pipelines.AsNoTracking().Include(p => p.Stages).FirstOrDefaultAsync(p => p.IsDefault, ct);
        if (pipeline is null) return q.PipelineId is { } missing ? SalesErrors.PipelineNotFound(missing) : SalesErrors.NoDefaultPipeline;

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var recent = clock.GetUtcNow().AddDays(-30);
        var deals = db.Opportunities.AsNoTracking().VisibleTo(user).Where(o => o.PipelineId == pipeline.Id)
            .Where(o => o.Status == OpportunityStatus.Open || o.ClosedAt >= recent);
        if (q.OwnerId is { } owner) deals = deals.Where(o => o.OwnerId == owner);
        if (q.TeamId is { } team) deals = deals.Where(o => o.TeamId == team);

        // Counts and totals per stage and currency in one GROUP BY; converted to the company currency here.
        var sums = await deals.GroupBy(o => new { o.StageId, o.Currency })
            .Select(g => new { g.Key.StageId, g.Key.Currency, Count = g.Count(), Amount = g.Sum(o => o.Amount), Weighted = g.Sum(o => o.Amount * o.Probability / 100m) })
            .ToListAsync(ct);
        var table = await rates.OnAsync(today, ct);
        if (table.Missing(sums.Select(s => s.Currency)).FirstOrDefault() is { } noRate) return SalesErrors.ExchangeRateMissing(noRate);

        var stageIds = pipeline.Stages.Select(s => s.Id).ToList();
        // Average stay per stage of the visible deals that moved on from it, in SQL.
        var dwell = await db.StageChanges.AsNoTracking()
            .Where(c => stageIds.Contains(c.StageId) && c.DaysInStage != null)
            .Join(deals, c => c.OpportunityId, o => o.Id, (c, o) => new { c.StageId, Days = c.DaysInStage!.Value })
            .GroupBy(c => c.StageId)
            .Select(g => new { g.Key, Days = g.Average(c => c.Days) })
            .ToDictionaryAsync(g => g.Key, g => Math.Round(g.Days, 1, Money.Rounding), ct);

        var stages = new List<PipelineBoardStage>();
        foreach (var stage in pipeline.Ordered)
        {
            var cards = await deals.Where(o => o.StageId == stage.Id).OrderBy(o => o.CloseDate).ThenBy(o => o.Id).Take(q.PerStage)
                .Select(o => new OpportunitySummary(o.Id, o.Name, o.AccountId, null, o.ContactId, null, o.PipelineId, o.StageId, stage.Name, o.Amount,
                    o.Currency, o.Probability, o.CloseDate, o.Status, o.ForecastCategory, o.NextStep, o.StageEnteredAt, o.OwnerId, o.TeamId, o.Version))
                .ToListAsync(ct);
            var mine = sums.Where(s => s.StageId == stage.Id).ToList();
            stages.Add(new PipelineBoardStage(stage.Id, stage.Name, stage.Position, stage.Category, stage.Probability, mine.Sum(s => s.Count),
                Money.Round(mine.Sum(s => s.Amount * table.RateOf(s.Currency))), Money.Round(mine.Sum(s => s.Weighted * table.RateOf(s.Currency))),
                dwell.TryGetValue(stage.Id, out var days) ? days : null, await cards.WithCustomerNamesAsync(customers, ct)));
        }
        return new PipelineBoard(pipeline.Id, pipeline.Name, table.CompanyCurrency, stages);
    }
}
