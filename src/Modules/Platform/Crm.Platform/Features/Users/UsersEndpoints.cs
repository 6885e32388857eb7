using Crm.Platform.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Platform.Features.Users;

internal static class UsersEndpoints
{
    public static void MapUsersEndpoints(this RouteGroupBuilder platform)
    {
        var users = platform.MapGroup("/users").WithTags("Users");

        users.MapGet("/", async ([AsParameters] ListUsers query, ISender sender, CancellationToken ct) =>
                (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(ListUsers))
            .WithSummary("Users by display name; filter by text (name or email), role, team and active.")
            .RequirePermission(PlatformPermissions.Read)
            .Produces<Page<UserSummary>>()
            .ProducesValidationProblem();

        users.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetUser(id), ct)).ToOk(u => u.Version, http))
            .WithName(nameof(GetUser))
            .WithSummary("A user with their roles and teams, status and version (also sent as ETag).")
            .RequirePermission(PlatformPermissions.Read)
            .Produces<UserDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        users.MapPost("/", async (CreateUser cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/platform/users/{r.Id}"))
            .WithName(nameof(CreateUser))
            .WithSummary("Create a user with a first password, roles and teams.")
            .RequirePermission(PlatformPermissions.Manage)
            .Produces<UserCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        users.MapPut("/{id:guid}", async (Guid id, UpdateUser cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(u => u.Version, http))
            .WithName(nameof(UpdateUser))
            .WithSummary("Change a user's email, name, roles and teams. A stale version is 409 with the current user.")
            .RequirePermission(PlatformPermissions.Manage)
            .Produces<UserDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        users.MapPost("/{id:guid}/deactivate", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new DeactivateUser(id), ct)).ToOk(u => u.Version, http))
            .WithName(nameof(DeactivateUser))
            .WithSummary("Stop a user from signing in and end their sessions. Not yourself, not the last administrator.")
            .RequirePermission(PlatformPermissions.Manage)
            .Produces<UserDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        users.MapPost("/{id:guid}/activate", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new ActivateUser(id), ct)).ToOk(u => u.Version, http))
            .WithName(nameof(ActivateUser))
            .WithSummary("Let a deactivated user sign in again.")
            .RequirePermission(PlatformPermissions.Manage)
            .Produces<UserDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        users.MapPost("/{id:guid}/unlock", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new UnlockUser(id), ct)).ToOk(u => u.Version, http))
            .WithName(nameof(UnlockUser))
            .WithSummary("End a lockout caused by failed sign-ins.")
            .RequirePermission(PlatformPermissions.Manage)
            .Produces<UserDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        users.MapPost("/{id:guid}/reset-password", async (Guid id, ResetUserPassword cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id }, ct)).ToNoContent())
            .WithName(nameof(ResetUserPassword))
            .WithSummary("Set a new password for a user; all of their sessions end.")
            .RequirePermission(PlatformPermissions.Manage)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
