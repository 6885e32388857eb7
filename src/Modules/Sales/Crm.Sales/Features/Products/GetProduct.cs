using Crm.Sales.Domain;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Products;

public sealed record GetProduct(Guid Id) : IQuery<Result<ProductDetails>>;

internal sealed class GetProductHandler(SalesDbContext db) : IQueryHandler<GetProduct, Result<ProductDetails>>
{
    public async ValueTask<Result<ProductDetails>> Handle(GetProduct q, CancellationToken ct) =>
        await db.Products.AsNoTracking().Where(p => p.Id == q.Id).ToDetails().FirstOrDefaultAsync(ct) is { } p ? p : SalesErrors.ProductNotFound(q.Id);
}
