using System.Linq.Expressions;
using Crm.SharedKernel.Domain;

namespace Crm.SharedKernel.Security;

/// <summary>
/// Record-level access, applied inside the query: a record outside the caller's scope is never read,
/// so asking for it by id finds nothing (404) rather than being fetched and hidden.
/// </summary>
public static class VisibilityExtensions
{
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> query, ICurrentUser user) where T : IOwned =>
        query.Where(VisibleTo<T>(user));

    public static Expression<Func<T, bool>> VisibleTo<T>(ICurrentUser user) where T : IOwned
    {
        var me = user.Id;
        var teams = user.TeamIds.ToArray();
        return user.Scope switch
        {
            DataScope.All => _ => true,
            DataScope.Team => r => r.OwnerId == me || (r.TeamId != null && teams.Contains(r.TeamId.Value)),
            _ => r => r.OwnerId == me,
        };
    }

    /// <summary>The same rule in memory, for a record already loaded for another reason.</summary>
    public static bool CanSee(this ICurrentUser user, IOwned record) => user.Scope switch
    {
        DataScope.All => true,
        DataScope.Team => record.OwnerId == user.Id || (record.TeamId is { } t && user.TeamIds.Contains(t)),
        _ => record.OwnerId == user.Id,
    };
}
