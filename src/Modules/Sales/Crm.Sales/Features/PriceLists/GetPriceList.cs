using Crm.Sales.Domain;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Mediator;

namespace Crm.Sales.Features.PriceLists;

public sealed record GetPriceList(Guid Id) : IQuery<Result<PriceListDetails>>;

internal sealed class GetPriceListHandler(SalesDbContext db) : IQueryHandler<GetPriceList, Result<PriceListDetails>>
{
    public async ValueTask<Result<PriceListDetails>> Handle(GetPriceList q, CancellationToken ct) =>
        await db.FindDetailsAsync(q.Id, true, ct) is { } list ? list : SalesErrors.PriceListNotFound(q.Id);
}
