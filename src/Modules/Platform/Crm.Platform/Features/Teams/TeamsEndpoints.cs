using Crm.Platform.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Platform.Features.Teams;

internal static class TeamsEndpoints
{
    public static void MapTeamsEndpoints(this RouteGroupBuilder platform)
    {
        var teams = platform.MapGroup("/teams").WithTags("Teams");

        teams.MapPost("/", async (CreateTeam cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/platform/teams/{r.Id}"))
            .WithName(nameof(CreateTeam))
            .RequirePermission(PlatformPermissions.Manage)
            .Produces<TeamCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
