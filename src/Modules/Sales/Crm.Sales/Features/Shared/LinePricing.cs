using Crm.Sales.Domain;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Shared;

/// <summary>
/// A line as a client sends it for a quote or a direct order: a product and quantity, priced from the document's
/// price list unless a unit price is given, with a discount and a tax rate in percent.
/// </summary>
public sealed record SalesLineInput(Guid ProductId, decimal Quantity, decimal? UnitPrice = null, decimal DiscountPercent = 0, decimal TaxPercent = 0,
    string? Description = null);

internal sealed class SalesLineInputValidator : AbstractValidator<SalesLineInput>
{
    public SalesLineInputValidator()
    {
        RuleFor(l => l.ProductId).NotEmpty();
        RuleFor(l => l.Quantity).Quantity();
        RuleFor(l => l.UnitPrice).MoneyAmount();
        RuleFor(l => l.DiscountPercent).Percent();
        RuleFor(l => l.TaxPercent).Percent();
        RuleFor(l => l.Description).MaximumLength(500);
    }
}

/// <summary>A line ready to price: the product's code, name and unit, and the unit price that applies.</summary>
internal sealed record PricedInput(SalesLineInput Input, Product Product, decimal UnitPrice)
{
    public string Description => string.IsNullOrWhiteSpace(Input.Description) ? Product.Name : Input.Description.Trim();
}

internal static class LinePricing
{
    /// <summary>
    /// Resolves each line's product (active, known) and unit price (given, else the price list's); a product without a
    /// price in the list is a 422 naming it.
    /// </summary>
    public static async Task<Result<List<PricedInput>>> PriceAsync(this SalesDbContext db, PriceList list, IReadOnlyList<SalesLineInput> lines,
        CancellationToken ct)
    {
        var ids = lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var prices = await db.PriceListItems.AsNoTracking().Where(i => i.PriceListId == list.Id && ids.Contains(i.ProductId))
            .ToDictionaryAsync(i => i.ProductId, i => i.UnitPrice, ct);
        var priced = new List<PricedInput>();
        foreach (var line in lines)
        {
            if (!products.TryGetValue(line.ProductId, out var product)) return SalesErrors.ProductNotFound(line.ProductId);
            if (!product.IsActive) return SalesErrors.ProductInactive(product.Code);
            if (line.UnitPrice is null && !prices.ContainsKey(product.Id)) return SalesErrors.ProductNotPriced(product.Code, list.Name);
            priced.Add(new PricedInput(line, product, line.UnitPrice ?? prices[product.Id]));
        }
        return priced;
    }

    /// <summary>The price list named, or the default; it must be valid on <paramref name="day"/>.</summary>
    public static async Task<Result<PriceList>> PriceListAsync(this SalesDbContext db, Guid? priceListId, DateOnly day, CancellationToken ct)
    {
        var list = priceListId is { } id
            ? await db.PriceLists.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct)
            : await db.PriceLists.AsNoTracking().FirstOrDefaultAsync(p => p.IsDefault, ct);
        if (list is null) return priceListId is { } missing ? SalesErrors.PriceListNotFound(missing) : SalesErrors.NoDefaultPriceList;
        if (!list.IsValidOn(day)) return SalesErrors.PriceListNotValid;
        return list;
    }
}
