using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.PriceLists;

/// <summary>Every price list (an administrator's handful, so not paged), default first; prices are on GetPriceList.</summary>
public sealed record ListPriceLists : IQuery<Result<IReadOnlyList<PriceListDetails>>>;

internal sealed class ListPriceListsHandler(SalesDbContext db) : IQueryHandler<ListPriceLists, Result<IReadOnlyList<PriceListDetails>>>
{
    public async ValueTask<Result<IReadOnlyList<PriceListDetails>>> Handle(ListPriceLists q, CancellationToken ct) =>
        await db.PriceLists.AsNoTracking().OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name)
            .Select(p => new PriceListDetails(p.Id, p.Name, p.Currency, p.ValidFrom, p.ValidTo, p.IsDefault,
                db.PriceListItems.Count(i => i.PriceListId == p.Id), p.UpdatedAt, p.Version, new List<PriceListPrice>()))
            .ToListAsync(ct);
}
