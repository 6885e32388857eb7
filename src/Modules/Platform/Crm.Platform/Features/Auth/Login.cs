using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Behaviors;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Auth;

public sealed record Login(string Email, string Password) : ICommand<Result<SessionTokens>>, IKeepsWritesOnFailure;

internal sealed class LoginValidator : AbstractValidator<Login>
{
    public LoginValidator()
    {
        RuleFor(l => l.Email).NotEmpty().MaximumLength(254);
        RuleFor(l => l.Password).NotEmpty().MaximumLength(200);
    }
}

internal sealed class LoginHandler(PlatformDbContext db, IPasswordHasher<User> hasher, TokenIssuer tokens, TimeProvider clock)
    : ICommandHandler<Login, Result<SessionTokens>>
{
    public async ValueTask<Result<SessionTokens>> Handle(Login cmd, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var email = User.Normalize(cmd.Email);
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == email, ct);
        if (user is null || !user.IsActive)
        {
            // Spend the same time as a real check, so response time does not reveal which emails exist.
            hasher.VerifyHashedPassword(null!, DummyHash, cmd.Password);
            return PlatformErrors.InvalidCredentials;
        }
        if (user.IsLockedOut(now)) return PlatformErrors.LockedOut(user.LockedUntil!.Value);

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, cmd.Password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            user.RecordFailedLogin(now);
            await db.SaveChangesAsync(ct);
            return user.IsLockedOut(now) ? PlatformErrors.LockedOut(user.LockedUntil!.Value) : PlatformErrors.InvalidCredentials;
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            user.SetPasswordHash(hasher.HashPassword(user, cmd.Password));

        user.RecordLogin(now);
        var (session, _) = await tokens.IssueAsync(user, familyId: Guid.CreateVersion7(), ct);
        await db.SaveChangesAsync(ct);
        return session;
    }

    private static readonly string DummyHash = new PasswordHasher<User>().HashPassword(null!, Guid.NewGuid().ToString());
}
