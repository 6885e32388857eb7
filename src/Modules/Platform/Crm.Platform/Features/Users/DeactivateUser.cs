using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Users;

/// <summary>
/// Stops a user from signing in and ends every session they have (refresh tokens revoked; an access token
/// already issued lives out its short lifetime). Their records and history stay. Idempotent.
/// </summary>
public sealed record DeactivateUser(Guid Id) : ICommand<Result<UserDetails>>;

internal sealed class DeactivateUserHandler(PlatformDbContext db, ICurrentUser me, TimeProvider clock)
    : ICommandHandler<DeactivateUser, Result<UserDetails>>
{
    public async ValueTask<Result<UserDetails>> Handle(DeactivateUser cmd, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == cmd.Id, ct);
        if (user is null) return PlatformErrors.UserNotFound(cmd.Id);
        if (user.Id == me.Id) return PlatformErrors.CannotDeactivateSelf;
        if (await db.IsLastAdministratorAsync(user, ct)) return PlatformErrors.LastAdministrator;

        user.Deactivate();
        await db.SaveChangesAsync(ct);
        await db.RefreshTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedReason, "deactivated"), ct);
        return await db.DetailsAsync(user.Id, now, ct);
    }
}
