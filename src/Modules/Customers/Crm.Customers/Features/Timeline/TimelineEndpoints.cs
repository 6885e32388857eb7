using Crm.Customers.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Customers.Features.Timeline;

internal static class TimelineEndpoints
{
    public static void MapTimelineEndpoints(this RouteGroupBuilder customers)
    {
        customers.MapGet("/contacts/{id:guid}/timeline", async ([AsParameters] GetContactTimeline query, ISender sender, CancellationToken ct) =>
                (await sender.Send(query, ct)).ToOk())
            .WithTags("Timeline")
            .WithName(nameof(GetContactTimeline))
            .WithSummary("The contact's 360° timeline from every module, newest first. kinds: comma-separated filter.")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<Page<CustomerTimelineItem>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        customers.MapGet("/accounts/{id:guid}/timeline", async ([AsParameters] GetAccountTimeline query, ISender sender, CancellationToken ct) =>
                (await sender.Send(query, ct)).ToOk())
            .WithTags("Timeline")
            .WithName(nameof(GetAccountTimeline))
            .WithSummary("The account's 360° timeline, its contacts' included, newest first. kinds: comma-separated filter.")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<Page<CustomerTimelineItem>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
