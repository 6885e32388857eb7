using Crm.Sales.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Sales.Features.Products;

internal static class ProductsEndpoints
{
    public static void MapProductsEndpoints(this RouteGroupBuilder sales)
    {
        var products = sales.MapGroup("/products").WithTags("Products");

        products.MapPost("/", async (CreateProduct cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/sales/products/{r.Id}"))
            .WithName(nameof(CreateProduct))
            .WithSummary("Add a product to the catalogue; codes are unique (stored in capitals).")
            .RequirePermission(SalesPermissions.Manage)
            .Produces<ProductDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        products.MapGet("/", async ([AsParameters] ListProducts query, ISender sender, CancellationToken ct) => (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(ListProducts))
            .WithSummary("The product catalogue by code, keyset-paged.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<Page<ProductDetails>>()
            .ProducesValidationProblem();

        products.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetProduct(id), ct)).ToOk(p => p.Version, http))
            .WithName(nameof(GetProduct))
            .WithSummary("A product, with its version as ETag.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<ProductDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        products.MapPut("/{id:guid}", async (Guid id, UpdateProduct cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(p => p.Version, http))
            .WithName(nameof(UpdateProduct))
            .WithSummary("Replace a product's fields (deactivate instead of deleting). A stale version is 409.")
            .RequirePermission(SalesPermissions.Manage)
            .Produces<ProductDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
