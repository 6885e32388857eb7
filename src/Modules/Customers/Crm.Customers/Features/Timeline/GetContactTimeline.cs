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

/// <summary>Everything that happened with a contact, from every module, newest first; optionally only some kinds.</summary>
public sealed record GetContactTimeline(
    Guid Id,
    string? Kinds,
    string? Cursor,
    int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit) : IQuery<Result<Page<CustomerTimelineItem>>>;

internal sealed class GetContactTimelineValidator : AbstractValidator<GetContactTimeline>
{
    public GetContactTimelineValidator()
    {
        RuleFor(q => q.Limit).PageLimit();
        RuleFor(q => q.Cursor).MomentCursor();
        RuleFor(q => q.Kinds).Kinds();
    }
}

internal sealed class GetContactTimelineHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users)
    : IQueryHandler<GetContactTimeline, Result<Page<CustomerTimelineItem>>>
{
    public async ValueTask<Result<Page<CustomerTimelineItem>>> Handle(GetContactTimeline q, CancellationToken ct)
    {
        // Deleted and merged contacts can still be opened (GetContact shows them), and so can their history.
        if (!await db.Contacts.IgnoreQueryFilters().AsNoTracking().VisibleTo(user).AnyAsync(c => c.Id == q.Id, ct))
            return CustomersErrors.ContactNotFound(q.Id);
        return await db.Timeline.Where(e => e.ContactId == q.Id).ToTimelinePageAsync(q.Kinds, q.Cursor, q.Limit, users, ct);
    }
}
