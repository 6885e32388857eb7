using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Customers.Features.Accounts;

/// <summary>
/// Who changed what on an account, and when, newest first — with the trail of accounts merged into it, so a merge
/// loses no history. The audit log arrives through the outbox, a moment after each change.
/// </summary>
public sealed record GetAccountHistory(Guid Id, string? Cursor = null, int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit)
    : IQuery<Result<Page<AuditRecord>>>, IPagedRequest;

internal sealed class GetAccountHistoryValidator : AbstractValidator<GetAccountHistory>
{
    public GetAccountHistoryValidator() => Include(new PagedRequestValidator());
}

internal sealed class GetAccountHistoryHandler(CustomersDbContext db, ICurrentUser user, IAuditLog audit)
    : IQueryHandler<GetAccountHistory, Result<Page<AuditRecord>>>
{
    public async ValueTask<Result<Page<AuditRecord>>> Handle(GetAccountHistory q, CancellationToken ct)
    {
        if (!await db.CanSeeAsync<Account>(user, q.Id, ct)) return CustomersErrors.AccountNotFound(q.Id);
        return await audit.GetHistoryAsync(nameof(Account), await db.WithMergedAsync<Account>(q.Id, ct), q.Cursor, q.Limit, ct);
    }
}
