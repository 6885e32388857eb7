using Crm.Platform.Domain;

namespace Crm.Platform.Persistence;

/// <summary>
/// Membership filters written so that Npgsql emits array containment (<c>role_ids @&gt; @ids</c>), which the
/// GIN indexes on the id arrays answer; the plain <c>Contains</c> of a parameter becomes <c>@id = ANY(...)</c>,
/// a scan of every user.
/// </summary>
internal static class UserQueries
{
    public static IQueryable<User> WithRole(this IQueryable<User> users, Guid roleId)
    {
        Guid[] ids = [roleId];
        return users.Where(u => ids.All(id => u.RoleIds.Contains(id)));
    }

    public static IQueryable<User> InTeam(this IQueryable<User> users, Guid teamId)
    {
        Guid[] ids = [teamId];
        return users.Where(u => ids.All(id => u.TeamIds.Contains(id)));
    }
}
