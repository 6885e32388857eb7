using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Behaviors;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Auth;

/// <summary>Trades a refresh token for a new access token and a new refresh token (rotation).</summary>
public sealed record RefreshSession(string RefreshToken) : ICommand<Result<SessionTokens>>, IKeepsWritesOnFailure;

internal sealed class RefreshSessionValidator : AbstractValidator<RefreshSession>
{
    public RefreshSessionValidator() => RuleFor(r => r.RefreshToken).NotEmpty().MaximumLength(200);
}

internal sealed class RefreshSessionHandler(PlatformDbContext db, TokenIssuer tokens, TimeProvider clock)
    : ICommandHandler<RefreshSession, Result<SessionTokens>>
{
    public async ValueTask<Result<SessionTokens>> Handle(RefreshSession cmd, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var hash = RefreshToken.Hash(cmd.RefreshToken);
        var presented = await db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (presented is null) return PlatformErrors.InvalidRefreshToken;

        if (presented.WasRotated)
        {
            // A rotated token came back: someone holds a copy. End every session of this sign-in.
            await db.RefreshTokens.Where(t => t.FamilyId == presented.FamilyId && t.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedReason, "reuse-detected"), ct);
            return PlatformErrors.RefreshTokenReused;
        }
        if (!presented.IsActive(now)) return PlatformErrors.InvalidRefreshToken;

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == presented.UserId, ct);
        if (user is not { IsActive: true }) return PlatformErrors.InvalidRefreshToken;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var (session, next) = await tokens.IssueAsync(user, presented.FamilyId, ct);
        presented.RotateTo(next, now);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return session;
    }
}
