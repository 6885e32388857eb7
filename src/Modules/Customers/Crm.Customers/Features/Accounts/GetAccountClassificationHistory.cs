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

/// <summary>How an account's tier, stage and relationship changed over time, newest first (merged-in accounts' changes included).</summary>
public sealed record GetAccountClassificationHistory(Guid Id, string? Cursor = null, int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit)
    : IQuery<Result<Page<ClassificationHistoryEntry>>>, IPagedRequest;

internal sealed class GetAccountClassificationHistoryValidator : AbstractValidator<GetAccountClassificationHistory>
{
    public GetAccountClassificationHistoryValidator() => Include(new PagedRequestValidator());
}

internal sealed class GetAccountClassificationHistoryHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users)
    : IQueryHandler<GetAccountClassificationHistory, Result<Page<ClassificationHistoryEntry>>>
{
    public async ValueTask<Result<Page<ClassificationHistoryEntry>>> Handle(GetAccountClassificationHistory q, CancellationToken ct)
    {
        if (!await db.CanSeeAsync<Account>(user, q.Id, ct)) return CustomersErrors.AccountNotFound(q.Id);
        return await db.HistoryAsync(users, CustomerRecordType.Account, q.Id, q.Cursor, q.Limit, ct);
    }
}
