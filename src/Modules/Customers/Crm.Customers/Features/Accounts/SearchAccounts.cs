using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Customers.Features.Accounts;

/// <summary>
/// The account list: search text (names, email, website, phone digits; part of a word is enough), filters, a
/// sort and keyset paging. When the text finds fewer rows than asked, the first page adds look-alikes (typos)
/// flagged <c>fuzzy</c>; such a page is the last.
/// </summary>
public sealed record SearchAccounts(
    string? Q = null,
    CustomerTier? Tier = null,
    LifecycleStage? Stage = null,
    RelationshipStatus? Relationship = null,
    Guid? OwnerId = null,
    Guid? TeamId = null,
    string? Tag = null,
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    bool Deleted = false,
    string? Sort = null,
    string? Dir = null,
    string? Cursor = null,
    int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit) : IQuery<Result<Page<AccountSummary>>>, IRecordListPage;

/// <summary>An account as a list row. <c>Fuzzy</c> marks a row found by typo tolerance rather than by the exact text.</summary>
public sealed record AccountSummary(
    Guid Id,
    string Name,
    string? AlternateName,
    string? Industry,
    string? Email,
    string? Phone,
    CustomerTier Tier,
    LifecycleStage Stage,
    RelationshipStatus Relationship,
    Guid OwnerId,
    Guid? TeamId,
    IReadOnlyList<string> Tags,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeletedAt,
    uint Version,
    bool Fuzzy);

internal sealed class SearchAccountsValidator : AbstractValidator<SearchAccounts>
{
    public SearchAccountsValidator() => Include(new RecordListPageValidator());
}

internal sealed class SearchAccountsHandler(CustomersDbContext db, ICurrentUser user) : IQueryHandler<SearchAccounts, Result<Page<AccountSummary>>>
{
    public async ValueTask<Result<Page<AccountSummary>>> Handle(SearchAccounts q, CancellationToken ct) =>
        await AccountFilter.Narrow(db, user, q).SearchAsync(db, q, a => a.Name, AccountSummaries.ToSummaries,
            (sort, a) => RecordSort.CursorOf(sort, a.Name, a.CreatedAt, a.UpdatedAt, a.Id), ct);
}

internal static class AccountSummaries
{
    public static IQueryable<AccountSummary> ToSummaries(this IQueryable<Account> accounts, bool fuzzy) =>
        accounts.Select(a => new AccountSummary(
            a.Id, a.Name, a.AlternateName, a.Industry, a.Email, a.Phone, a.Tier, a.Stage, a.Relationship, a.OwnerId, a.TeamId,
            a.Tags, a.CreatedAt, a.UpdatedAt, a.DeletedAt, a.Version, fuzzy));
}
