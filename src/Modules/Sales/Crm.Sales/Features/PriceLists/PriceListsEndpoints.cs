using Crm.Sales.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Sales.Features.PriceLists;

internal static class PriceListsEndpoints
{
    public static void MapPriceListsEndpoints(this RouteGroupBuilder sales)
    {
        var lists = sales.MapGroup("/price-lists").WithTags("Price lists");

        lists.MapPost("/", async (CreatePriceList cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/sales/price-lists/{r.Id}"))
            .WithName(nameof(CreatePriceList))
            .WithSummary("Create a price list in one currency, with optional validity dates; isDefault moves the default here.")
            .RequirePermission(SalesPermissions.Manage)
            .Produces<PriceListDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        lists.MapGet("/", async (ISender sender, CancellationToken ct) => (await sender.Send(new ListPriceLists(), ct)).ToOk())
            .WithName(nameof(ListPriceLists))
            .WithSummary("Every price list, default first (without prices).")
            .RequirePermission(SalesPermissions.Read)
            .Produces<IReadOnlyList<PriceListDetails>>();

        lists.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetPriceList(id), ct)).ToOk(p => p.Version, http))
            .WithName(nameof(GetPriceList))
            .WithSummary("A price list with its prices by product code.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<PriceListDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        lists.MapPut("/{id:guid}", async (Guid id, UpdatePriceList cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(p => p.Version, http))
            .WithName(nameof(UpdatePriceList))
            .WithSummary("Rename a price list, change its validity or make it the default. A stale version is 409.")
            .RequirePermission(SalesPermissions.Manage)
            .Produces<PriceListDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        lists.MapPut("/{id:guid}/prices/{productId:guid}", async (Guid id, Guid productId, SetPrice cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd with { PriceListId = id, ProductId = productId }, ct)).ToOk())
            .WithName(nameof(SetPrice))
            .WithSummary("Set a product's unit price in the list's currency.")
            .RequirePermission(SalesPermissions.Manage)
            .Produces<PriceListDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        lists.MapDelete("/{id:guid}/prices/{productId:guid}", async (Guid id, Guid productId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new RemovePrice(id, productId), ct)).ToOk())
            .WithName(nameof(RemovePrice))
            .WithSummary("Take a product out of a price list.")
            .RequirePermission(SalesPermissions.Manage)
            .Produces<PriceListDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
