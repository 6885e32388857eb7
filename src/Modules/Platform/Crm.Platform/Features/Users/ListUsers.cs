using Crm.Platform.Persistence;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Users;

/// <summary>Users by display name, optionally filtered by text (name or email), role, team and whether they are active.</summary>
public sealed record ListUsers(
    string? Q,
    Guid? RoleId,
    Guid? TeamId,
    bool? Active,
    string? Cursor,
    int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit) : IQuery<Result<Page<UserSummary>>>;

public sealed record UserSummary(
    Guid Id,
    string Email,
    string DisplayName,
    bool IsActive,
    DateTimeOffset? LockedUntil,
    DateTimeOffset? LastLoginAt,
    IReadOnlyList<AssignedRole> Roles,
    IReadOnlyList<AssignedTeam> Teams,
    uint Version);

internal sealed class ListUsersValidator : AbstractValidator<ListUsers>
{
    public ListUsersValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Limit).InclusiveBetween(1, Crm.SharedKernel.Paging.Cursor.MaxLimit);
        RuleFor(q => q.Cursor).Must(Crm.SharedKernel.Paging.Cursor.IsValid).WithMessage("The cursor is not valid.");
    }
}

internal sealed class ListUsersHandler(PlatformDbContext db, TimeProvider clock) : IQueryHandler<ListUsers, Result<Page<UserSummary>>>
{
    public async ValueTask<Result<Page<UserSummary>>> Handle(ListUsers q, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var pattern = Like.Contains(q.Q);
            users = users.Where(u => EF.Functions.ILike(u.DisplayName, pattern, Like.Escape) || EF.Functions.ILike(u.Email, pattern, Like.Escape));
        }
        if (q.RoleId is { } roleId) users = users.WithRole(roleId);
        if (q.TeamId is { } teamId) users = users.InTeam(teamId);
        if (q.Active is { } active) users = users.Where(u => u.IsActive == active);
        if (Crm.SharedKernel.Paging.Cursor.TryDecode(q.Cursor, out var after) && after is not null)
            users = users.After(u => u.DisplayName, after.Key ?? "", after.Id, descending: false);

        return await users
            .OrderByKey(u => u.DisplayName, descending: false)
            .Select(u => new UserSummary(
                u.Id, u.Email, u.DisplayName, u.IsActive,
                u.LockedUntil > now ? u.LockedUntil : null,
                u.LastLoginAt,
                db.Roles.Where(r => u.RoleIds.Contains(r.Id)).OrderBy(r => r.Name).Select(r => new AssignedRole(r.Id, r.Name)).ToList(),
                db.Teams.Where(t => u.TeamIds.Contains(t.Id)).OrderBy(t => t.Name).Select(t => new AssignedTeam(t.Id, t.Name)).ToList(),
                u.Version))
            .ToPageAsync(q.Limit, u => new Crm.SharedKernel.Paging.Cursor(u.DisplayName, u.Id), ct);
    }
}
