using Crm.SharedKernel.Http;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Platform.Features.Directory;

internal static class DirectoryEndpoints
{
    public static void MapDirectoryEndpoints(this RouteGroupBuilder platform)
    {
        platform.MapGet("/directory", async (ISender sender, CancellationToken ct) => (await sender.Send(new GetDirectory(), ct)).ToOk())
            .WithTags("Directory")
            .WithName(nameof(GetDirectory))
            .WithSummary("Active users and teams by name, for owner pickers and names on records; any signed-in staff member.")
            .RequireSignedIn()
            .Produces<StaffDirectory>();
    }
}
