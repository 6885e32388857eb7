using Crm.Platform.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Paging;
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

        teams.MapGet("/", async ([AsParameters] ListTeams query, ISender sender, CancellationToken ct) =>
                (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(ListTeams))
            .WithSummary("Teams by name with their number of members.")
            .RequirePermission(PlatformPermissions.Read)
            .Produces<Page<TeamSummary>>()
            .ProducesValidationProblem();

        teams.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetTeam(id), ct)).ToOk(t => t.Version, http))
            .WithName(nameof(GetTeam))
            .WithSummary("A team with its members and version (also sent as ETag).")
            .RequirePermission(PlatformPermissions.Read)
            .Produces<TeamDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        teams.MapPost("/", async (CreateTeam cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/platform/teams/{r.Id}"))
            .WithName(nameof(CreateTeam))
            .WithSummary("Create a team.")
            .RequirePermission(PlatformPermissions.Manage)
            .Produces<TeamCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        teams.MapPut("/{id:guid}", async (Guid id, UpdateTeam cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(t => t.Version, http))
            .WithName(nameof(UpdateTeam))
            .WithSummary("Rename a team or change its description. A stale version is 409 with the current team.")
            .RequirePermission(PlatformPermissions.Manage)
            .Produces<TeamDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        teams.MapDelete("/{id:guid}", async (Guid id, uint? version, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new DeleteTeam(id, ETag.FromIfMatch(http.Request) ?? version), ct)).ToNoContent())
            .WithName(nameof(DeleteTeam))
            .WithSummary("Delete a team without members (version as ?version= or If-Match).")
            .RequirePermission(PlatformPermissions.Manage)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
