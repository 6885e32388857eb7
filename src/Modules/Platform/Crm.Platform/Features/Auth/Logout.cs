using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Auth;

/// <summary>Ends a sign-in: revokes every refresh token of its family. Idempotent.</summary>
public sealed record Logout(string RefreshToken) : ICommand<Result<Unit>>;

internal sealed class LogoutValidator : AbstractValidator<Logout>
{
    public LogoutValidator() => RuleFor(r => r.RefreshToken).NotEmpty().MaximumLength(200);
}

internal sealed class LogoutHandler(PlatformDbContext db, TimeProvider clock) : ICommandHandler<Logout, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(Logout cmd, CancellationToken ct)
    {
        var hash = RefreshToken.Hash(cmd.RefreshToken);
        var family = await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => (Guid?)t.FamilyId).SingleOrDefaultAsync(ct);
        if (family is null) return Unit.Value;
        var now = clock.GetUtcNow();
        await db.RefreshTokens.Where(t => t.FamilyId == family && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedReason, "logout"), ct);
        return Unit.Value;
    }
}
