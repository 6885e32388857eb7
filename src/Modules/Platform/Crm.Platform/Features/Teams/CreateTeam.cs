using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Teams;

public sealed record CreateTeam(string Name, string? Description) : ICommand<Result<TeamCreated>>;

public sealed record TeamCreated(Guid Id, uint Version);

internal sealed class CreateTeamValidator : AbstractValidator<CreateTeam>
{
    public CreateTeamValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Description).MaximumLength(500);
    }
}

internal sealed class CreateTeamHandler(PlatformDbContext db) : ICommandHandler<CreateTeam, Result<TeamCreated>>
{
    public async ValueTask<Result<TeamCreated>> Handle(CreateTeam cmd, CancellationToken ct)
    {
        var name = cmd.Name.Trim();
        if (await db.Teams.AnyAsync(t => t.Name == name, ct)) return PlatformErrors.NameTaken("team", name);
        var team = Team.Create(name, cmd.Description);
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        return new TeamCreated(team.Id, team.Version);
    }
}
