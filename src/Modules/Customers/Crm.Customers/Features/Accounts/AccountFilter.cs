using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Security;

namespace Crm.Customers.Features.Accounts;

/// <summary>The one place the account list and its export are filtered, so both always show the same rows.</summary>
internal static class AccountFilter
{
    /// <summary>The visible accounts that pass every filter, search text included.</summary>
    public static IQueryable<Account> Apply(CustomersDbContext db, ICurrentUser user, IRecordListQuery q) =>
        Narrow(db, user, q).Matching(SearchTerm.Of(q.Q));

    /// <summary>The visible accounts that pass every filter but the search text, for the typo-tolerant fallback.</summary>
    public static IQueryable<Account> Narrow(CustomersDbContext db, ICurrentUser user, IRecordListQuery q) =>
        db.Accounts.Narrow(user, q);
}
