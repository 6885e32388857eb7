using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Contacts;

/// <summary>
/// Who changed what on a contact, and when, newest first — with the trail of contacts merged into it, so a merge
/// loses no history. The audit log arrives through the outbox, a moment after each change.
/// </summary>
public sealed record GetContactHistory(Guid Id, string? Cursor = null, int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit)
    : IQuery<Result<Page<AuditRecord>>>, IPagedRequest;

internal sealed class GetContactHistoryValidator : AbstractValidator<GetContactHistory>
{
    public GetContactHistoryValidator() => Include(new PagedRequestValidator());
}

internal sealed class GetContactHistoryHandler(CustomersDbContext db, ICurrentUser user, IAuditLog audit)
    : IQueryHandler<GetContactHistory, Result<Page<AuditRecord>>>
{
    public async ValueTask<Result<Page<AuditRecord>>> Handle(GetContactHistory q, CancellationToken ct)
    {
        // The visibility check is ours: the audit log does not know Customers' scopes.
        if (!await db.Contacts.IgnoreQueryFilters().VisibleTo(user).AnyAsync(c => c.Id == q.Id, ct))
            return CustomersErrors.ContactNotFound(q.Id);
        var merged = await db.Contacts.IgnoreQueryFilters().Where(c => c.MergedIntoId == q.Id).Select(c => c.Id).ToListAsync(ct);
        return await audit.GetHistoryAsync(nameof(Contact), [q.Id, .. merged], q.Cursor, q.Limit, ct);
    }
}
