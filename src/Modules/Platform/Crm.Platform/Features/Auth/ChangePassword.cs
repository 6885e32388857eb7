using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Auth;

/// <summary>Changes the caller's own password and signs out every other session.</summary>
public sealed record ChangePassword(string CurrentPassword, string NewPassword) : ICommand<Result<Unit>>;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty();
        RuleFor(c => c.NewPassword).Password().NotEqual(c => c.CurrentPassword).WithMessage("The new password must differ from the current one.");
    }
}

internal static class PasswordRules
{
    /// <summary>Length beats composition rules (NIST SP 800-63B): at least 10 characters, at most 200.</summary>
    public static IRuleBuilderOptions<T, string> Password<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MinimumLength(10).MaximumLength(200);
}

internal sealed class ChangePasswordHandler(PlatformDbContext db, ICurrentUser me, IPasswordHasher<User> hasher, TimeProvider clock)
    : ICommandHandler<ChangePassword, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(ChangePassword cmd, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == me.Id, ct);
        if (user is null) return PlatformErrors.UserNotFound(me.Id);
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, cmd.CurrentPassword) == PasswordVerificationResult.Failed)
            return PlatformErrors.WrongCurrentPassword;

        user.SetPasswordHash(hasher.HashPassword(user, cmd.NewPassword));
        await db.SaveChangesAsync(ct);
        var now = clock.GetUtcNow();
        await db.RefreshTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedReason, "password-changed"), ct);
        return Unit.Value;
    }
}
