using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Security;

namespace Crm.Customers.Features.Contacts;

/// <summary>What the contact list and the contact export filter on: the shared record filters and the account.</summary>
internal interface IContactListQuery : IRecordListQuery
{
    Guid? AccountId { get; }
}

/// <summary>The one place the contact list and its export are filtered, so both always show the same rows.</summary>
internal static class ContactFilter
{
    /// <summary>The visible contacts that pass every filter, search text included.</summary>
    public static IQueryable<Contact> Apply(CustomersDbContext db, ICurrentUser user, IContactListQuery q) =>
        Narrow(db, user, q).Matching(SearchTerm.Of(q.Q));

    /// <summary>The visible contacts that pass every filter but the search text, for the typo-tolerant fallback.</summary>
    public static IQueryable<Contact> Narrow(CustomersDbContext db, ICurrentUser user, IContactListQuery q)
    {
        var query = db.Contacts.Narrow(user, q);
        if (q.AccountId is { } accountId) query = query.Where(c => c.AccountId == accountId);
        return query;
    }
}
