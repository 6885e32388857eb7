using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Timeline;

/// <summary>
/// Everything that happened with an account, newest first — including what happened with its contacts, whose
/// entries carry the account too.
/// </summary>
public sealed record GetAccountTimeline(
    Guid Id,
    string? Kinds,
    string? Cursor,
    int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit) : IQuery<Result<Page<CustomerTimelineItem>>>;

internal sealed class GetAccountTimelineValidator : AbstractValidator<GetAccountTimeline>
{
    public GetAccountTimelineValidator()
    {
        RuleFor(q => q.Limit).PageLimit();
        RuleFor(q => q.Cursor).MomentCursor();
        RuleFor(q => q.Kinds).Kinds();
    }
}

internal sealed class GetAccountTimelineHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users)
    : IQueryHandler<GetAccountTimeline, Result<Page<CustomerTimelineItem>>>
{
    public async ValueTask<Result<Page<CustomerTimelineItem>>> Handle(GetAccountTimeline q, CancellationToken ct)
    {
        // Deleted and merged accounts can still be opened (GetAccount shows them), and so can their history.
        if (!await db.Accounts.IgnoreQueryFilters().AsNoTracking().VisibleTo(user).AnyAsync(a => a.Id == q.Id, ct))
            return CustomersErrors.AccountNotFound(q.Id);
        return await db.Timeline.Where(e => e.AccountId == q.Id).ToTimelinePageAsync(q.Kinds, q.Cursor, q.Limit, users, ct);
    }
}
