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

/// <summary>How a contact's tier, stage and relationship changed over time, newest first (merged-in contacts' changes included).</summary>
public sealed record GetContactClassificationHistory(Guid Id, string? Cursor = null, int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit)
    : IQuery<Result<Page<ClassificationHistoryEntry>>>, IPagedRequest;

internal sealed class GetContactClassificationHistoryValidator : AbstractValidator<GetContactClassificationHistory>
{
    public GetContactClassificationHistoryValidator() => Include(new PagedRequestValidator());
}

internal sealed class GetContactClassificationHistoryHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users)
    : IQueryHandler<GetContactClassificationHistory, Result<Page<ClassificationHistoryEntry>>>
{
    public async ValueTask<Result<Page<ClassificationHistoryEntry>>> Handle(GetContactClassificationHistory q, CancellationToken ct)
    {
        if (!await db.CanSeeAsync<Contact>(user, q.Id, ct)) return CustomersErrors.ContactNotFound(q.Id);
        return await db.HistoryAsync(users, CustomerRecordType.Contact, q.Id, q.Cursor, q.Limit, ct);
    }
}
