using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Roles;

public sealed record GetRole(Guid Id) : IQuery<Result<RoleDetails>>;

public sealed record RoleDetails(
    Guid Id,
    string Name,
    string? Description,
    IReadOnlyList<string> Permissions,
    DataScope Scope,
    bool IsSystem,
    int UserCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version);

internal sealed class GetRoleHandler(PlatformDbContext db) : IQueryHandler<GetRole, Result<RoleDetails>>
{
    public async ValueTask<Result<RoleDetails>> Handle(GetRole query, CancellationToken ct) =>
        await db.Roles.AsNoTracking()
            .Where(r => r.Id == query.Id)
            .ToDetails(db)
            .FirstOrDefaultAsync(ct) is { } role ? role : PlatformErrors.RoleNotFound(query.Id);
}

/// <summary>The one projection of a role to <see cref="RoleDetails"/>, in SQL; also the body of updates and 409s.</summary>
internal static class RoleProjection
{
    public static IQueryable<RoleDetails> ToDetails(this IQueryable<Role> roles, PlatformDbContext db) =>
        roles.Select(r => new RoleDetails(
            r.Id, r.Name, r.Description, r.Permissions, r.Scope, r.IsSystem,
            db.Users.Count(u => u.RoleIds.Contains(r.Id)),
            r.CreatedAt, r.UpdatedAt, r.Version));

    public static Task<RoleDetails> RoleDetailsAsync(this PlatformDbContext db, Guid id, CancellationToken ct) =>
        db.Roles.AsNoTracking().Where(r => r.Id == id).ToDetails(db).SingleAsync(ct);
}
