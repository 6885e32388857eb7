using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Users;

/// <summary>Ends a lockout after too many failed sign-ins, before it expires, and resets the failure count. Idempotent.</summary>
public sealed record UnlockUser(Guid Id) : ICommand<Result<UserDetails>>;

internal sealed class UnlockUserHandler(PlatformDbContext db, TimeProvider clock) : ICommandHandler<UnlockUser, Result<UserDetails>>
{
    public async ValueTask<Result<UserDetails>> Handle(UnlockUser cmd, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == cmd.Id, ct);
        if (user is null) return PlatformErrors.UserNotFound(cmd.Id);
        user.Unlock();
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(user.Id, clock.GetUtcNow(), ct);
    }
}
