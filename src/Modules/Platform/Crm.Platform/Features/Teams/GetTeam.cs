using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Teams;

public sealed record GetTeam(Guid Id) : IQuery<Result<TeamDetails>>;

public sealed record TeamDetails(
    Guid Id,
    string Name,
    string? Description,
    IReadOnlyList<TeamMember> Members,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version);

public sealed record TeamMember(Guid Id, string DisplayName, string Email, bool IsActive);

internal sealed class GetTeamHandler(PlatformDbContext db) : IQueryHandler<GetTeam, Result<TeamDetails>>
{
    public async ValueTask<Result<TeamDetails>> Handle(GetTeam query, CancellationToken ct) =>
        await db.Teams.AsNoTracking()
            .Where(t => t.Id == query.Id)
            .ToDetails(db)
            .FirstOrDefaultAsync(ct) is { } team ? team : PlatformErrors.TeamNotFound(query.Id);
}

/// <summary>The one projection of a team to <see cref="TeamDetails"/>, in SQL; also the body of updates and 409s.</summary>
internal static class TeamProjection
{
    public static IQueryable<TeamDetails> ToDetails(this IQueryable<Team> teams, PlatformDbContext db) =>
        teams.Select(t => new TeamDetails(
            t.Id, t.Name, t.Description,
            db.Users.Where(u => u.TeamIds.Contains(t.Id)).OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
                .Select(u => new TeamMember(u.Id, u.DisplayName, u.Email, u.IsActive)).ToList(),
            t.CreatedAt, t.UpdatedAt, t.Version));

    public static Task<TeamDetails> TeamDetailsAsync(this PlatformDbContext db, Guid id, CancellationToken ct) =>
        db.Teams.AsNoTracking().Where(t => t.Id == id).ToDetails(db).SingleAsync(ct);
}
