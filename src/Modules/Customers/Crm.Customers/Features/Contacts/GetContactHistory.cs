using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

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
        if (!await db.CanSeeAsync<Contact>(user, q.Id, ct)) return CustomersErrors.ContactNotFound(q.Id);
        return await audit.GetHistoryAsync(nameof(Contact), await db.WithMergedAsync<Contact>(q.Id, ct), q.Cursor, q.Limit, ct);
    }
}
