using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Accounts;

/// <summary>
/// Takes an account out of the trash (a merged-away account too: it comes back on its own, while what the merge
/// moved stays with the survivor). Restoring a live account changes nothing.
/// </summary>
public sealed record RestoreAccount(Guid Id) : ICommand<Result<AccountDetails>>;

internal sealed class RestoreAccountHandler(CustomersDbContext db, ICurrentUser user) : ICommandHandler<RestoreAccount, Result<AccountDetails>>
{
    public async ValueTask<Result<AccountDetails>> Handle(RestoreAccount cmd, CancellationToken ct)
    {
        var account = await db.Accounts.IgnoreQueryFilters().VisibleTo(user).FirstOrDefaultAsync(a => a.Id == cmd.Id, ct);
        if (account is null) return CustomersErrors.AccountNotFound(cmd.Id);
        if (account.IsDeleted)
        {
            account.Restore();
            await db.SaveChangesAsync(ct);
        }
        return await db.DetailsAsync(account.Id, user, ct);
    }
}
