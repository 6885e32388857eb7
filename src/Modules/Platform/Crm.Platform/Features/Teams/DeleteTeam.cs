using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Teams;

/// <summary>Deletes a team without members (deactivated users count: they may come back).</summary>
public sealed record DeleteTeam(Guid Id, uint? Version) : ICommand<Result<Unit>>;

internal sealed class DeleteTeamValidator : AbstractValidator<DeleteTeam>
{
    public DeleteTeamValidator() =>
        RuleFor(c => c.Version).Must(v => v is > 0).WithMessage("Send the version you read (?version= or If-Match).");
}

internal sealed class DeleteTeamHandler(PlatformDbContext db) : ICommandHandler<DeleteTeam, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DeleteTeam cmd, CancellationToken ct)
    {
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == cmd.Id, ct);
        if (team is null) return PlatformErrors.TeamNotFound(cmd.Id);
        if (team.Version != cmd.Version) return Error.StaleVersion("team", team.Version, await db.TeamDetailsAsync(team.Id, ct));
        // Also catches a change that lands between this read and the delete.
        db.Entry(team).Property(t => t.Version).OriginalValue = cmd.Version!.Value;

        var members = await db.Users.InTeam(team.Id).CountAsync(ct);
        if (members > 0) return PlatformErrors.TeamInUse(members);

        db.Teams.Remove(team);
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
