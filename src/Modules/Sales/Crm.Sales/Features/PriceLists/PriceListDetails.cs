using Crm.Sales.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.PriceLists;

public sealed record PriceListDetails(
    Guid Id, string Name, string Currency, DateOnly? ValidFrom, DateOnly? ValidTo, bool IsDefault, int PriceCount,
    DateTimeOffset UpdatedAt, uint Version, IReadOnlyList<PriceListPrice> Prices);

/// <summary>One product's price in a list.</summary>
public sealed record PriceListPrice(Guid ProductId, string ProductCode, string ProductName, string Unit, bool ProductActive, decimal UnitPrice);

internal static class PriceListProjection
{
    /// <summary>The list with its prices (by product code), in two queries.</summary>
    public static async Task<PriceListDetails?> FindDetailsAsync(this SalesDbContext db, Guid id, bool withPrices, CancellationToken ct)
    {
        var list = await db.PriceLists.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PriceListDetails(p.Id, p.Name, p.Currency, p.ValidFrom, p.ValidTo, p.IsDefault,
                db.PriceListItems.Count(i => i.PriceListId == p.Id), p.UpdatedAt, p.Version, new List<PriceListPrice>()))
            .FirstOrDefaultAsync(ct);
        if (list is null || !withPrices) return list;
        var prices = await db.PriceListItems.AsNoTracking().Where(i => i.PriceListId == id)
            .Join(db.Products, i => i.ProductId, p => p.Id, (i, p) => new { p.Id, p.Code, p.Name, p.Unit, p.IsActive, i.UnitPrice })
            .OrderBy(p => p.Code)
            .Select(p => new PriceListPrice(p.Id, p.Code, p.Name, p.Unit, p.IsActive, p.UnitPrice))
            .ToListAsync(ct);
        return list with { Prices = prices };
    }

    public static async Task<PriceListDetails> DetailsAsync(this SalesDbContext db, Guid id, CancellationToken ct) =>
        (await db.FindDetailsAsync(id, true, ct))!;
}
