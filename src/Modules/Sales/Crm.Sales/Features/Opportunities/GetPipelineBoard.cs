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
/// deals spent in the stage before moving on — where deals stall. Closed stages show deals closed in the last 30 days
/// (by close date).
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
        // Closed stages show the deals closed in the last 30 days, by close date (winning or losing a deal sets it to that
        // day), as the forecast counts closed deals.
        var since = today.AddDays(-30);
        var deals = db.Opportunities.AsNoTracking().VisibleTo(user).Where(o => o.PipelineId == pipeline.Id)
            .Where(o => o.Status == OpportunityStatus.Open || o.CloseDate >= since);
        if (q.OwnerId is { } owner) deals = deals.Where(o => o.OwnerId == owner);
        if (q.TeamId is { } team) deals = deals.Where(o => o.TeamId == team);

        // Totals and cards are read stage by stage (a LATERAL subquery per stage): an open stage holds only open deals, a
        // closed stage's cards start at `since`. That lower bound on the close date, per stage, lets each subquery start in the
        // (team, stage, close date) index exactly where the stage's deals begin and read only the board's rows — where one
        // query over the whole board would read every deal the team ever closed to find the recent ones.
        var stagesOfPipeline = db.Stages.Where(s => s.PipelineId == pipeline.Id);

        // Counts and totals per stage and currency, summed in SQL; converted to the company currency here.
        var sums = await stagesOfPipeline
            .SelectMany(s => deals.Where(o => o.StageId == s.Id && o.CloseDate >= (s.Category == StageCategory.Open ? DateOnly.MinValue : since))
                .GroupBy(o => o.Currency)
                .Select(g => new { StageId = s.Id, Currency = g.Key, Count = g.Count(), Amount = g.Sum(o => o.Amount), Weighted = g.Sum(o => o.Amount * o.Probability / 100m) }))
            .ToListAsync(ct);
        var table = await rates.OnAsync(today, ct);
        if (table.Missing(sums.Select(s => s.Currency)).FirstOrDefault() is { } noRate) return SalesErrors.ExchangeRateMissing(noRate);

        var stageIds = pipeline.Ordered.Select(s => s.Id).ToList();   // in stage order: the same list for every request
        // Average stay per stage of the visible deals that moved on from it, in SQL: each deal's finished stays are read from
        // the index alone, but one by one — this grows with the deals on the board and is the dearest part of it.
        var dwell = await db.StageChanges.AsNoTracking()
            .Where(c => stageIds.Contains(c.StageId) && c.DaysInStage != null)
            .Join(deals, c => c.OpportunityId, o => o.Id, (c, o) => new { c.StageId, Days = c.DaysInStage!.Value })
            .GroupBy(c => c.StageId)
            .Select(g => new { g.Key, Days = g.Average(c => c.Days) })
            .ToDictionaryAsync(g => g.Key, g => Math.Round(g.Days, 1, Money.Rounding), ct);

        // Every stage's first cards in one query, and the customers' names of the whole board in one look-up each: a fixed
        // handful of statements per board, not three per stage.
        var cards = await stagesOfPipeline
            .SelectMany(s => deals.Where(o => o.StageId == s.Id && o.CloseDate >= (s.Category == StageCategory.Open ? DateOnly.MinValue : since))
                .OrderBy(o => o.CloseDate).ThenBy(o => o.Id).Take(q.PerStage), (s, o) => new { s.Position, s.Name, o })
            .OrderBy(x => x.Position).ThenBy(x => x.o.CloseDate).ThenBy(x => x.o.Id)
            .Select(x => new OpportunitySummary(x.o.Id, x.o.Name, x.o.AccountId, null, x.o.ContactId, null, x.o.PipelineId, x.o.StageId, x.Name, x.o.Amount,
                x.o.Currency, x.o.Probability, x.o.CloseDate, x.o.Status, x.o.ForecastCategory, x.o.NextStep, x.o.StageEnteredAt, x.o.OwnerId, x.o.TeamId,
                x.o.Version))
            .ToListAsync(ct);
        var named = await cards.WithCustomerNamesAsync(customers, ct);

        var stages = new List<PipelineBoardStage>();
        foreach (var stage in pipeline.Ordered)
        {
            var mine = sums.Where(s => s.StageId == stage.Id).ToList();
            stages.Add(new PipelineBoardStage(stage.Id, stage.Name, stage.Position, stage.Category, stage.Probability, mine.Sum(s => s.Count),
                Money.Round(mine.Sum(s => s.Amount * table.RateOf(s.Currency))), Money.Round(mine.Sum(s => s.Weighted * table.RateOf(s.Currency))),
                dwell.TryGetValue(stage.Id, out var days) ? days : null, [.. named.Where(c => c.StageId == stage.Id)]));
        }
        return new PipelineBoard(pipeline.Id, pipeline.Name, table.CompanyCurrency, stages);
    }
}
