using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Users;

/// <summary>Lets a deactivated user sign in again (with a clean lockout state). Idempotent.</summary>
public sealed record ActivateUser(Guid Id) : ICommand<Result<UserDetails>>;

internal sealed class ActivateUserHandler(PlatformDbContext db, TimeProvider clock) : ICommandHandler<ActivateUser, Result<UserDetails>>
{
    public async ValueTask<Result<UserDetails>> Handle(ActivateUser cmd, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == cmd.Id, ct);
        if (user is null) return PlatformErrors.UserNotFound(cmd.Id);
        user.Activate();
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(user.Id, clock.GetUtcNow(), ct);
    }
}
