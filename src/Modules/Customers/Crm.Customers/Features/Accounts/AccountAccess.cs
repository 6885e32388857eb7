using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Accounts;

/// <summary>How every write to an account starts: find it in the caller's scope, then check the version they read.</summary>
internal static class AccountAccess
{
    /// <summary>
    /// The live account, tracked, if the caller can see it (404 otherwise) and <paramref name="version"/> is current
    /// (409 with the current account otherwise). The version also becomes the concurrency token of the save, so a
    /// write that lands between this read and the save is caught too.
    /// </summary>
    public static async Task<Result<Account>> FindForWriteAsync(this CustomersDbContext db, ICurrentUser user, Guid id, uint version,
        CancellationToken ct)
    {
        var account = await db.Accounts.VisibleTo(user).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (account is null) return CustomersErrors.AccountNotFound(id);
        if (account.Version != version) return await db.StaleAsync(account, user, ct);
        db.Entry(account).Property(a => a.Version).OriginalValue = version;
        return account;
    }

    /// <summary>The 409 for a stale version, carrying the account as it is now so the client can re-apply its change.</summary>
    public static async Task<Error> StaleAsync(this CustomersDbContext db, Account account, ICurrentUser user, CancellationToken ct) =>
        Error.StaleVersion("account", account.Version, await db.DetailsAsync(account.Id, user, ct));

    /// <summary>The account as the API shows it to the caller, whatever its state (read back after a write).</summary>
    public static Task<AccountDetails> DetailsAsync(this CustomersDbContext db, Guid id, ICurrentUser user, CancellationToken ct) =>
        db.Accounts.IgnoreQueryFilters().AsNoTracking().Where(a => a.Id == id).ToDetails(db, user).FirstAsync(ct);
}
