using System.Text.Json.Serialization;
using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Teams;

/// <summary>Renames a team or changes its description. Membership is edited on the users.</summary>
public sealed record UpdateTeam(string Name, string? Description, uint Version) : ICommand<Result<TeamDetails>>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdateTeamValidator : AbstractValidator<UpdateTeam>
{
    public UpdateTeamValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Description).MaximumLength(500);
        RuleFor(c => c.Version).NotEqual(0u).WithMessage("Send the version you read (body or If-Match).");
    }
}

internal sealed class UpdateTeamHandler(PlatformDbContext db) : ICommandHandler<UpdateTeam, Result<TeamDetails>>
{
    public async ValueTask<Result<TeamDetails>> Handle(UpdateTeam cmd, CancellationToken ct)
    {
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == cmd.Id, ct);
        if (team is null) return PlatformErrors.TeamNotFound(cmd.Id);
        if (team.Version != cmd.Version) return Error.StaleVersion("team", team.Version, await db.TeamDetailsAsync(team.Id, ct));
        // Also catches a change that lands between this read and the save.
        db.Entry(team).Property(t => t.Version).OriginalValue = cmd.Version;

        var name = cmd.Name.Trim();
        if (await db.Teams.AnyAsync(t => t.Name == name && t.Id != team.Id, ct)) return PlatformErrors.NameTaken("team", name);

        team.Update(name, cmd.Description);
        await db.SaveChangesAsync(ct);
        return await db.TeamDetailsAsync(team.Id, ct);
    }
}
