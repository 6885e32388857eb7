using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Users;

public sealed record GetUser(Guid Id) : IQuery<Result<UserDetails>>;

/// <summary>A user as the administration screens show it; <c>lockedUntil</c> is set only while the lockout lasts.</summary>
public sealed record UserDetails(
    Guid Id,
    string Email,
    string DisplayName,
    bool IsActive,
    DateTimeOffset? LockedUntil,
    DateTimeOffset? LastLoginAt,
    IReadOnlyList<AssignedRole> Roles,
    IReadOnlyList<AssignedTeam> Teams,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version);

public sealed record AssignedRole(Guid Id, string Name);

public sealed record AssignedTeam(Guid Id, string Name);

internal sealed class GetUserHandler(PlatformDbContext db, TimeProvider clock) : IQueryHandler<GetUser, Result<UserDetails>>
{
    public async ValueTask<Result<UserDetails>> Handle(GetUser query, CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Id == query.Id)
            .ToDetails(db, clock.GetUtcNow())
            .FirstOrDefaultAsync(ct) is { } user ? user : PlatformErrors.UserNotFound(query.Id);
}

/// <summary>The one projection of a user to <see cref="UserDetails"/>, in SQL; also the body of updates and 409s.</summary>
internal static class UserProjection
{
    /// <summary>Filter first, then project: EF cannot filter on a constructor-built DTO.</summary>
    public static IQueryable<UserDetails> ToDetails(this IQueryable<User> users, PlatformDbContext db, DateTimeOffset now) =>
        users.Select(u => new UserDetails(
            u.Id, u.Email, u.DisplayName, u.IsActive,
            u.LockedUntil > now ? u.LockedUntil : null,
            u.LastLoginAt,
            db.Roles.Where(r => u.RoleIds.Contains(r.Id)).OrderBy(r => r.Name).Select(r => new AssignedRole(r.Id, r.Name)).ToList(),
            db.Teams.Where(t => u.TeamIds.Contains(t.Id)).OrderBy(t => t.Name).Select(t => new AssignedTeam(t.Id, t.Name)).ToList(),
            u.CreatedAt, u.UpdatedAt, u.Version));

    /// <summary>The current state of one user, for a 409 or the answer to a change (sees the uncommitted change).</summary>
    public static Task<UserDetails> DetailsAsync(this PlatformDbContext db, Guid id, DateTimeOffset now, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.Id == id).ToDetails(db, now).SingleAsync(ct);
}
