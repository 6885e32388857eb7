using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Directory;

/// <summary>
/// Who works here: every active user and every team, by name — what any staff member needs to pick an owner,
/// filter by team or read a name on a record, without the administration rights <c>ListUsers</c> asks for.
/// </summary>
public sealed record GetDirectory : IQuery<Result<StaffDirectory>>;

public sealed record StaffDirectory(IReadOnlyList<DirectoryUser> Users, IReadOnlyList<DirectoryTeam> Teams);

public sealed record DirectoryUser(Guid Id, string DisplayName, string Email, IReadOnlyList<Guid> TeamIds);

public sealed record DirectoryTeam(Guid Id, string Name);

internal sealed class GetDirectoryHandler(PlatformDbContext db) : IQueryHandler<GetDirectory, Result<StaffDirectory>>
{
    public async ValueTask<Result<StaffDirectory>> Handle(GetDirectory query, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.IsActive)
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new DirectoryUser(u.Id, u.DisplayName, u.Email, u.TeamIds))
            .ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking()
            .OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Select(t => new DirectoryTeam(t.Id, t.Name))
            .ToListAsync(ct);
        return new StaffDirectory(users, teams);
    }
}
