using Crm.Platform.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Platform.Features.Audit;

internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder platform)
    {
        platform.MapGet("/audit", async ([AsParameters] SearchAuditLog query, ISender sender, CancellationToken ct) =>
                (await sender.Send(query, ct)).ToOk())
            .WithTags("Audit")
            .WithName(nameof(SearchAuditLog))
            .WithSummary("Search the audit log (who changed what, when). Newest first.")
            .RequirePermission(PlatformPermissions.Manage)
            .Produces<Page<AuditRecord>>()
            .ProducesValidationProblem();
    }
}
