using Crm.Sales.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Sales.Features.Orders;

internal static class OrdersEndpoints
{
    public static void MapOrdersEndpoints(this RouteGroupBuilder sales)
    {
        var orders = sales.MapGroup("/orders").WithTags("Orders");

        orders.MapPost("/", async (PlaceOrder cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/sales/orders/{r.Id}"))
            .WithName(nameof(PlaceOrder))
            .WithSummary("Place an order from an accepted quote (quoteId) or directly (customer + lines); lines are frozen and OrderPlaced is published.")
            .RequirePermission(SalesPermissions.Write)
            .Produces<OrderDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        orders.MapGet("/", async ([AsParameters] SearchOrders query, ISender sender, CancellationToken ct) => (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(SearchOrders))
            .WithSummary("The caller's orders, newest first, keyset-paged.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<Page<OrderSummary>>()
            .ProducesValidationProblem();

        orders.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetOrder(id), ct)).ToOk(o => o.Version, http))
            .WithName(nameof(GetOrder))
            .WithSummary("An order with its frozen lines.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<OrderDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        orders.MapPost("/{id:guid}/fulfil", async (Guid id, FulfilOrder cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(o => o.Version, http))
            .WithName(nameof(FulfilOrder))
            .WithSummary("Mark a placed order fulfilled.")
            .RequirePermission(SalesPermissions.Write)
            .Produces<OrderDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        orders.MapPost("/{id:guid}/cancel", async (Guid id, CancelOrder cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(o => o.Version, http))
            .WithName(nameof(CancelOrder))
            .WithSummary("Cancel a placed order (not a fulfilled one).")
            .RequirePermission(SalesPermissions.Write)
            .Produces<OrderDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
