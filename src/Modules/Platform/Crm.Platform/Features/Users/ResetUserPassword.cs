using System.Text.Json.Serialization;
using Crm.Platform.Domain;
using Crm.Platform.Features.Auth;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Users;

/// <summary>
/// An administrator sets a new password for a user who lost theirs: every session of the user ends, and
/// a lockout earned by guessing the old password is lifted, since that password no longer works.
/// </summary>
public sealed record ResetUserPassword(string NewPassword) : ICommand<Result<Unit>>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class ResetUserPasswordValidator : AbstractValidator<ResetUserPassword>
{
    public ResetUserPasswordValidator() => RuleFor(c => c.NewPassword).Password();
}

internal sealed class ResetUserPasswordHandler(PlatformDbContext db, IPasswordHasher<User> hasher, TimeProvider clock)
    : ICommandHandler<ResetUserPassword, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(ResetUserPassword cmd, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == cmd.Id, ct);
        if (user is null) return PlatformErrors.UserNotFound(cmd.Id);

        user.SetPasswordHash(hasher.HashPassword(user, cmd.NewPassword));
        user.Unlock();
        await db.SaveChangesAsync(ct);
        var now = clock.GetUtcNow();
        await db.RefreshTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedReason, "password-reset"), ct);
        return Unit.Value;
    }
}
