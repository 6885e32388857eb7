using Crm.Platform.Persistence;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Teams;

/// <summary>Teams by name, each with its number of members; optionally filtered by text in the name.</summary>
public sealed record ListTeams(string? Q, string? Cursor, int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit)
    : IQuery<Result<Page<TeamSummary>>>;

public sealed record TeamSummary(Guid Id, string Name, string? Description, int MemberCount, uint Version);

internal sealed class ListTeamsValidator : AbstractValidator<ListTeams>
{
    public ListTeamsValidator()
    {
        RuleFor(q => q.Q).MaximumLength(100);
        RuleFor(q => q.Limit).InclusiveBetween(1, Crm.SharedKernel.Paging.Cursor.MaxLimit);
        RuleFor(q => q.Cursor).Must(Crm.SharedKernel.Paging.Cursor.IsValid).WithMessage("The cursor is not valid.");
    }
}

internal sealed class ListTeamsHandler(PlatformDbContext db) : IQueryHandler<ListTeams, Result<Page<TeamSummary>>>
{
    public async ValueTask<Result<Page<TeamSummary>>> Handle(ListTeams q, CancellationToken ct)
    {
        var teams = db.Teams.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var pattern = Like.Contains(q.Q);
            teams = teams.Where(t => EF.Functions.ILike(t.Name, pattern, Like.Escape));
        }
        if (Crm.SharedKernel.Paging.Cursor.TryDecode(q.Cursor, out var after) && after is not null)
            teams = teams.After(t => t.Name, after.Key ?? "", after.Id, descending: false);

        return await teams
            .OrderByKey(t => t.Name, descending: false)
            .Select(t => new TeamSummary(t.Id, t.Name, t.Description, db.Users.Count(u => u.TeamIds.Contains(t.Id)), t.Version))
            .ToPageAsync(q.Limit, t => new Crm.SharedKernel.Paging.Cursor(t.Name, t.Id), ct);
    }
}
