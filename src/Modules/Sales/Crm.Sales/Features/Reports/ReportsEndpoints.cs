using Crm.Sales.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Sales.Features.Reports;

internal static class ReportsEndpoints
{
    public static void MapReportsEndpoints(this RouteGroupBuilder sales) =>
        sales.MapGet("/reports/performance", async ([AsParameters] GetSalesPerformance query, ISender sender, CancellationToken ct) =>
                (await sender.Send(query, ct)).ToOk())
            .WithTags("Reports")
            .WithName(nameof(GetSalesPerformance))
            .WithSummary("Per rep for a period: new leads, conversion rate, won/lost, win rate, average deal size, average cycle, activities logged.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<SalesPerformance>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
