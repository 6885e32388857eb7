using Crm.Sales.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Sales.Features.Forecast;

internal static class ForecastEndpoints
{
    public static void MapForecastEndpoints(this RouteGroupBuilder sales) =>
        sales.MapGet("/forecast", async ([AsParameters] GetForecast query, ISender sender, CancellationToken ct) => (await sender.Send(query, ct)).ToOk())
            .WithTags("Forecast")
            .WithName(nameof(GetForecast))
            .WithSummary("Open, weighted, best case, committed and closed won for a period per owner or team, in the company currency, with quota attainment.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<SalesForecast>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
