using Crm.Platform.Contracts;
using Crm.SharedKernel.Http;
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

        users.MapPost("/", async (CreateUser cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/platform/users/{r.Id}"))
            .WithName(nameof(CreateUser))
            .RequirePermission(PlatformPermissions.Manage)
            .Produces<UserCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
