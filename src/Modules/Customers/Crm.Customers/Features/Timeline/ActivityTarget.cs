using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Timeline;

/// <summary>The customer record an activity (interaction, task) is about, and the owner and team it inherits from it.</summary>
internal sealed record ActivityTarget(Guid? ContactId, Guid? AccountId, Guid OwnerId, Guid? TeamId);

internal static class ActivityTargets
{
    /// <summary>
    /// Finds the contact and/or account among the live records the caller can see (404 otherwise). A contact
    /// named alone brings its account along, so the activity also shows on the account's timeline. Owner and
    /// team come from the contact, else the account: whoever sees the record sees its activities.
    /// </summary>
    public static async Task<Result<ActivityTarget>> ResolveTargetAsync(
        this CustomersDbContext db, ICurrentUser user, Guid? contactId, Guid? accountId, CancellationToken ct)
    {
        ActivityTarget? fromContact = null;
        if (contactId is { } cid)
        {
            fromContact = await db.Contacts.AsNoTracking().VisibleTo(user)
                .Where(c => c.Id == cid)
                .Select(c => new ActivityTarget(c.Id, c.AccountId, c.OwnerId, c.TeamId))
                .FirstOrDefaultAsync(ct);
            if (fromContact is null) return CustomersErrors.ContactNotFound(cid);
        }

        ActivityTarget? fromAccount = null;
        if (accountId is { } aid)
        {
            fromAccount = await db.Accounts.AsNoTracking().VisibleTo(user)
                .Where(a => a.Id == aid)
                .Select(a => new ActivityTarget(null, a.Id, a.OwnerId, a.TeamId))
                .FirstOrDefaultAsync(ct);
            if (fromAccount is null) return CustomersErrors.AccountNotFound(aid);
        }

        return (fromContact, fromAccount) switch
        {
            ({ } contact, { } account) => contact with { AccountId = account.AccountId },
            ({ } contact, null) => contact,
            (null, { } account) => account,
            _ => throw new InvalidOperationException("The validator requires a contact or an account."),
        };
    }
}
