using Crm.Customers.Contracts.Facade;
using Crm.Sales.Domain;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Opportunities;

public sealed record GetOpportunity(Guid Id) : IQuery<Result<OpportunityDetails>>;

internal sealed class GetOpportunityHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers)
    : IQueryHandler<GetOpportunity, Result<OpportunityDetails>>
{
    public async ValueTask<Result<OpportunityDetails>> Handle(GetOpportunity q, CancellationToken ct) =>
        await db.FindDetailsAsync(q.Id, user, customers, ct) is { } o ? o : SalesErrors.OpportunityNotFound(q.Id);
}

/// <summary>Every stage a deal has been in, in order, with the time it spent there (the current stay up to now, or to its close).</summary>
public sealed record GetOpportunityStageHistory(Guid Id) : IQuery<Result<IReadOnlyList<OpportunityStageStay>>>;

public sealed record OpportunityStageStay(Guid StageId, string StageName, StageCategory Category, DateTimeOffset EnteredAt, DateTimeOffset? LeftAt,
    decimal DaysInStage, Guid ActorId);

internal sealed class GetOpportunityStageHistoryHandler(SalesDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetOpportunityStageHistory, Result<IReadOnlyList<OpportunityStageStay>>>
{
    public async ValueTask<Result<IReadOnlyList<OpportunityStageStay>>> Handle(GetOpportunityStageHistory q, CancellationToken ct)
    {
        if (!await db.Opportunities.AsNoTracking().VisibleTo(user).AnyAsync(o => o.Id == q.Id, ct)) return SalesErrors.OpportunityNotFound(q.Id);
        var now = clock.GetUtcNow();
        var stays = await db.StageChanges.AsNoTracking().Where(c => c.OpportunityId == q.Id).OrderBy(c => c.EnteredAt).ThenBy(c => c.Id).ToListAsync(ct);
        return stays.Select(c => new OpportunityStageStay(c.StageId, c.StageName, c.Category, c.EnteredAt, c.LeftAt,
                c.DaysInStage ?? (c.Category == StageCategory.Open ? OpportunityStageChange.Days(c.EnteredAt, now) : 0m), c.ActorId))
            .ToList();
    }
}
