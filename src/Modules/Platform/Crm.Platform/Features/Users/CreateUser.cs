using Crm.Platform.Domain;
using Crm.Platform.Features.Auth;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Users;

public sealed record CreateUser(string Email, string DisplayName, string Password, IReadOnlyList<Guid> RoleIds, IReadOnlyList<Guid>? TeamIds)
    : ICommand<Result<UserCreated>>;

public sealed record UserCreated(Guid Id, uint Version);

internal sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(254);
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Password).Password();
        RuleFor(c => c.RoleIds).NotNull();
    }
}

internal sealed class CreateUserHandler(PlatformDbContext db, IPasswordHasher<User> hasher) : ICommandHandler<CreateUser, Result<UserCreated>>
{
    public async ValueTask<Result<UserCreated>> Handle(CreateUser cmd, CancellationToken ct)
    {
        var email = User.Normalize(cmd.Email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == email, ct)) return PlatformErrors.EmailTaken(cmd.Email);
        if (await UserReferences.CheckAsync(db, cmd.RoleIds, cmd.TeamIds ?? [], ct) is { } invalid) return invalid;

        var user = User.Create(cmd.Email, cmd.DisplayName, cmd.RoleIds, cmd.TeamIds ?? []);
        user.SetPasswordHash(hasher.HashPassword(user, cmd.Password));
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return new UserCreated(user.Id, user.Version);
    }
}

/// <summary>Role and team ids given for a user must exist; the error names the field.</summary>
internal static class UserReferences
{
    public static async Task<Error?> CheckAsync(PlatformDbContext db, IReadOnlyCollection<Guid> roleIds, IReadOnlyCollection<Guid> teamIds, CancellationToken ct)
    {
        var roles = await db.Roles.CountAsync(r => roleIds.Contains(r.Id), ct);
        if (roles != roleIds.Distinct().Count()) return Error.Validation("roleIds", "One or more roles do not exist.");
        var teams = await db.Teams.CountAsync(t => teamIds.Contains(t.Id), ct);
        if (teams != teamIds.Distinct().Count()) return Error.Validation("teamIds", "One or more teams do not exist.");
        return null;
    }
}
