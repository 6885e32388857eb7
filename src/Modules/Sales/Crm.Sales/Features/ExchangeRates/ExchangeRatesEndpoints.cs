using Crm.Sales.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Sales.Features.ExchangeRates;

internal static class ExchangeRatesEndpoints
{
    public static void MapExchangeRatesEndpoints(this RouteGroupBuilder sales)
    {
        var rates = sales.MapGroup("/exchange-rates").WithTags("Exchange rates");

        rates.MapPost("/", async (SetExchangeRate cmd, ISender sender, CancellationToken ct) => (await sender.Send(cmd, ct)).ToOk())
            .WithName(nameof(SetExchangeRate))
            .WithSummary("Set a currency's rate to the company currency from a day on (replaces that day's rate).")
            .RequirePermission(SalesPermissions.Manage)
            .Produces<ExchangeRateDetails>()
            .ProducesValidationProblem();

        rates.MapGet("/", async ([AsParameters] ListExchangeRates query, ISender sender, CancellationToken ct) => (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(ListExchangeRates))
            .WithSummary("The rate table, newest first per currency.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<IReadOnlyList<ExchangeRateDetails>>()
            .ProducesValidationProblem();

        rates.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => (await sender.Send(new DeleteExchangeRate(id), ct)).ToNoContent())
            .WithName(nameof(DeleteExchangeRate))
            .WithSummary("Remove a rate (the previous one of its currency applies again).")
            .RequirePermission(SalesPermissions.Manage)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
