using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Contacts;

/// <summary>
/// The contact list: search text (names, email, phone digits; part of a word is enough), filters, a sort (by
/// default by name, or newest first when searching) and keyset paging. When the text finds fewer rows than asked, the first page adds look-alikes (typos such as
/// "Zhnag Wei") flagged <c>fuzzy</c>; such a page is the last.
/// </summary>
public sealed record SearchContacts(
    string? Q = null,
    CustomerTier? Tier = null,
    LifecycleStage? Stage = null,
    RelationshipStatus? Relationship = null,
    Guid? OwnerId = null,
    Guid? TeamId = null,
    string? Tag = null,
    Guid? AccountId = null,
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    bool Deleted = false,
    string? Sort = null,
    string? Dir = null,
    string? Cursor = null,
    int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit) : IQuery<Result<Page<ContactSummary>>>, IContactListQuery, IRecordListPage;

/// <summary>A contact as a list row. <c>Fuzzy</c> marks a row found by typo tolerance rather than by the exact text.</summary>
public sealed record ContactSummary(
    Guid Id,
    string FullName,
    string? AlternateName,
    string? Email,
    string? Phone,
    Guid? AccountId,
    string? AccountName,
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

internal sealed class SearchContactsValidator : AbstractValidator<SearchContacts>
{
    public SearchContactsValidator() => Include(new RecordListPageValidator());
}

internal sealed class SearchContactsHandler(CustomersDbContext db, ICurrentUser user) : IQueryHandler<SearchContacts, Result<Page<ContactSummary>>>
{
    public async ValueTask<Result<Page<ContactSummary>>> Handle(SearchContacts q, CancellationToken ct) =>
        await ContactFilter.Narrow(db, user, q).SearchAsync(db, q, c => c.FullName, (contacts, fuzzy) => contacts.ToSummaries(db, fuzzy),
            (sort, c) => RecordSort.CursorOf(sort, c.FullName, c.CreatedAt, c.UpdatedAt, c.Id), ct);
}

internal static class ContactSummaries
{
    public static IQueryable<ContactSummary> ToSummaries(this IQueryable<Contact> contacts, CustomersDbContext db, bool fuzzy)
    {
        var accounts = db.Accounts.IgnoreQueryFilters();   // a local: see ContactProjection.ToDetails
        return contacts.Select(c => new ContactSummary(
            c.Id, c.FullName, c.AlternateName, c.Email, c.Phone, c.AccountId,
            accounts.Where(a => a.Id == c.AccountId).Select(a => a.Name).FirstOrDefault(),
            c.Tier, c.Stage, c.Relationship, c.OwnerId, c.TeamId, c.Tags, c.CreatedAt, c.UpdatedAt, c.DeletedAt, c.Version, fuzzy));
    }
}
