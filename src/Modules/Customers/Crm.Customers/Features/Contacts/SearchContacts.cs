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
/// The contact list: search text (names, email, phone digits; part of a word is enough), filters, a sort and
/// keyset paging. When the text finds fewer rows than asked, the first page adds look-alikes (typos such as
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
    int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit) : IQuery<Result<Page<ContactSummary>>>, IContactListQuery;

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
    public SearchContactsValidator()
    {
        Include(new RecordListQueryValidator());
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
        RuleFor(q => q.Cursor).Must((q, cursor) => RecordSort.CursorFits(q.Sort, cursor))
            .WithMessage("The cursor is not valid for this sort. Start again without it.");
    }
}

internal sealed class SearchContactsHandler(CustomersDbContext db, ICurrentUser user) : IQueryHandler<SearchContacts, Result<Page<ContactSummary>>>
{
    public async ValueTask<Result<Page<ContactSummary>>> Handle(SearchContacts q, CancellationToken ct)
    {
        var sort = RecordSort.Of(q);
        Cursor.TryDecode(q.Cursor, out var after);
        var page = await ContactFilter.Apply(db, user, q)
            .SortBy(c => c.FullName, sort, RecordSort.Descending(q), after)
            .ToSummaries(db, fuzzy: false)
            .ToPageAsync(q.Limit, c => RecordSort.CursorOf(sort, c.FullName, c.CreatedAt, c.UpdatedAt, c.Id), ct);

        // Every exact match is on this page (no next page), so the look-alikes simply follow them.
        var term = SearchTerm.Of(q.Q);
        if (after is null && page.NextCursor is null && page.Items.Count < q.Limit && SearchTerm.AllowsFuzzy(term))
        {
            var similar = await ContactFilter.Narrow(db, user, q).SimilarTo(term!)
                .Take(q.Limit - page.Items.Count)
                .ToSummaries(db, fuzzy: true)
                .ToFuzzyListAsync(db, ct);
            if (similar.Count > 0) page = page with { Items = [.. page.Items, .. similar] };
        }
        return page;
    }
}

internal static class ContactSummaries
{
    public static IQueryable<ContactSummary> ToSummaries(this IQueryable<Contact> contacts, CustomersDbContext db, bool fuzzy) =>
        contacts.Select(c => new ContactSummary(
            c.Id, c.FullName, c.AlternateName, c.Email, c.Phone, c.AccountId,
            db.Accounts.IgnoreQueryFilters().Where(a => a.Id == c.AccountId).Select(a => a.Name).FirstOrDefault(),
            c.Tier, c.Stage, c.Relationship, c.OwnerId, c.TeamId, c.Tags, c.CreatedAt, c.UpdatedAt, c.DeletedAt, c.Version, fuzzy));
}
