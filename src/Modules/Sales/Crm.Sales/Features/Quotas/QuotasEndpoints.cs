using Crm.Sales.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Sales.Features.Quotas;

internal static class QuotasEndpoints
{
    public static void MapQuotasEndpoints(this RouteGroupBuilder sales)
    {
        var quotas = sales.MapGroup("/quotas").WithTags("Quotas");

        quotas.MapPut("/", async (SetQuota cmd, ISender sender, CancellationToken ct) => (await sender.Send(cmd, ct)).ToOk())
            .WithName(nameof(SetQuota))
            .WithSummary("Set a user's or team's quota for a month (2026-11) or quarter (2026-Q4), in the company currency.")
            .RequirePermission(SalesPermissions.Manage)
            .Produces<QuotaDetails>()
            .ProducesValidationProblem();

        quotas.MapGet("/", async ([AsParameters] ListQuotas query, ISender sender, CancellationToken ct) => (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(ListQuotas))
            .WithSummary("The quotas inside a period.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<IReadOnlyList<QuotaDetails>>()
            .ProducesValidationProblem();

        quotas.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => (await sender.Send(new DeleteQuota(id), ct)).ToNoContent())
            .WithName(nameof(DeleteQuota))
            .WithSummary("Remove a quota.")
            .RequirePermission(SalesPermissions.Manage)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        quotas.MapGet("/attainment", async ([AsParameters] GetAttainment query, ISender sender, CancellationToken ct) => (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(GetAttainment))
            .WithSummary("Closed won against quota per user or team for a period, in the caller's scope.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<QuotaAttainment>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
