using System.Text.Json.Serialization;
using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crm.Platform.Features.Users;

/// <summary>
/// Replaces a user's email, display name, roles and teams. <c>Version</c> is the one the client read; the new
/// roles and teams reach the user's access token at its next refresh.
/// </summary>
public sealed record UpdateUser(string Email, string DisplayName, IReadOnlyList<Guid> RoleIds, IReadOnlyList<Guid> TeamIds, uint Version)
    : ICommand<Result<UserDetails>>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdateUserValidator : AbstractValidator<UpdateUser>
{
    public UpdateUserValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(254);
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.RoleIds).NotNull();
        RuleFor(c => c.TeamIds).NotNull();
        RuleFor(c => c.Version).NotEqual(0u).WithMessage("Send the version you read (body or If-Match).");
    }
}

internal sealed class UpdateUserHandler(PlatformDbContext db, TimeProvider clock) : ICommandHandler<UpdateUser, Result<UserDetails>>
{
    public async ValueTask<Result<UserDetails>> Handle(UpdateUser cmd, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == cmd.Id, ct);
        if (user is null) return PlatformErrors.UserNotFound(cmd.Id);
        if (user.Version != cmd.Version) return Error.StaleVersion("user", user.Version, await db.DetailsAsync(user.Id, now, ct));
        // Also catches a change that lands between this read and the save.
        db.Entry(user).Property(u => u.Version).OriginalValue = cmd.Version;

        var email = User.Normalize(cmd.Email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == email && u.Id != user.Id, ct)) return PlatformErrors.EmailTaken(cmd.Email);
        if (await UserReferences.CheckAsync(db, cmd.RoleIds, cmd.TeamIds, ct) is { } invalid) return invalid;

        var adminRole = await db.AdministratorRoleIdAsync(ct);
        if (adminRole is { } admin && user.RoleIds.Contains(admin) && !cmd.RoleIds.Contains(admin)
            && await db.IsLastAdministratorAsync(user, ct))
            return PlatformErrors.LastAdministrator;

        user.Update(cmd.Email, cmd.DisplayName);
        user.AssignRoles(cmd.RoleIds);
        user.AssignTeams(cmd.TeamIds);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another administrator gave the same email to someone else after the check above.
            return PlatformErrors.EmailTaken(cmd.Email);
        }
        return await db.DetailsAsync(user.Id, now, ct);
    }
}
