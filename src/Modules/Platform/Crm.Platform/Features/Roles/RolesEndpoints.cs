using Crm.Platform.Contracts;
using Crm.SharedKernel.Http;
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

        roles.MapPost("/", async (CreateRole cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/platform/roles/{r.Id}"))
            .WithName(nameof(CreateRole))
            .RequirePermission(PlatformPermissions.Manage)
            .Produces<RoleCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
