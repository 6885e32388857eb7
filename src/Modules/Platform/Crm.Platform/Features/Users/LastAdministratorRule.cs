using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Users;

/// <summary>
/// At least one active user holds the Administrator role, so the system can always be administered.
/// Used by every change that can take the role away from an active user (role change, deactivation).
/// </summary>
internal static class LastAdministratorRule
{
    /// <summary>
    /// Whether <paramref name="user"/> is the only active administrator. Locks the Administrator role's row
    /// first, so two concurrent demotions of the last two administrators cannot both pass: the second waits
    /// for the first to commit, then sees it.
    /// </summary>
    public static async Task<bool> IsLastAdministratorAsync(this PlatformDbContext db, User user, CancellationToken ct)
    {
        var adminRole = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM platform.roles WHERE is_system AND name = {Role.AdministratorName} FOR UPDATE")
            .ToListAsync(ct);
        if (adminRole is not [var roleId] || !user.IsActive || !user.RoleIds.Contains(roleId)) return false;
        return !await db.Users.WithRole(roleId).AnyAsync(u => u.Id != user.Id && u.IsActive, ct);
    }

    /// <summary>The id of the Administrator role, if it exists.</summary>
    public static Task<Guid?> AdministratorRoleIdAsync(this PlatformDbContext db, CancellationToken ct) =>
        db.Roles.Where(r => r.IsSystem && r.Name == Role.AdministratorName).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
}
