using Crm.Platform.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Platform.Features.Roles;

internal static class RolesEndpoints
{
    public static void MapRolesEndpoints(this RouteGroupBuilder platform)
    {
        var roles = platform.MapGroup("/roles").WithTags("Roles");

        roles.MapGet("/", async ([AsParameters] ListRoles query, ISender sender, CancellationToken ct) =>
                (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(ListRoles))
            .WithSummary("Roles by name with their permissions, scope and number of users.")
            .RequirePermission(PlatformPermissions.Read)
            .Produces<Page<RoleSummary>>()
            .ProducesValidationProblem();

        roles.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetRole(id), ct)).ToOk(r => r.Version, http))
            .WithName(nameof(GetRole))
            .WithSummary("A role with its permissions, scope, number of users and version (also sent as ETag).")
            .RequirePermission(PlatformPermissions.Read)
            .Produces<RoleDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        roles.MapPost("/", async (CreateRole cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/platform/roles/{r.Id}"))
            .WithName(nameof(CreateRole))
            .WithSummary("Create a role from permissions of the catalogue and a data scope.")
            .RequirePermission(PlatformPermissions.Manage)
            .Produces<RoleCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        roles.MapPut("/{id:guid}", async (Guid id, UpdateRole cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(r => r.Version, http))
            .WithName(nameof(UpdateRole))
            .WithSummary("Change a role's name, description, permissions and scope. The Administrator role keeps full access.")
            .RequirePermission(PlatformPermissions.Manage)
            .Produces<RoleDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        roles.MapDelete("/{id:guid}", async (Guid id, uint? version, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new DeleteRole(id, ETag.FromIfMatch(http.Request) ?? version), ct)).ToNoContent())
            .WithName(nameof(DeleteRole))
            .WithSummary("Delete a role nobody holds (version as ?version= or If-Match). Built-in roles cannot be deleted.")
            .RequirePermission(PlatformPermissions.Manage)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        platform.MapGet("/permissions", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListPermissions(), ct)).ToOk())
            .WithTags("Roles")
            .WithName(nameof(ListPermissions))
            .WithSummary("The permission catalogue (module, level, name) roles are built from.")
            .RequirePermission(PlatformPermissions.Read)
            .Produces<IReadOnlyList<PermissionDescriptor>>();
    }
}
