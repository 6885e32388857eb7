using Crm.SharedKernel.Domain;

namespace Crm.Sales.Domain;

/// <summary>Something we sell: a code people quote, a name, the unit it is sold in. Inactive products stay on old documents but are not offered.</summary>
internal sealed class Product : AggregateRoot
{
    private Product() { }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    /// <summary>What one of it is: piece, licence, hour, month…</summary>
    public string Unit { get; private set; } = "";
    public bool IsActive { get; private set; }

    public static Product Create(string code, string name, string? description, string unit, bool isActive)
    {
        var p = new Product();
        p.Update(code, name, description, unit, isActive);
        return p;
    }

    public void Update(string code, string name, string? description, string unit, bool isActive)
    {
        Code = code.Trim().ToUpperInvariant();
        Name = name.Trim();
        Description = description;
        Unit = unit.Trim();
        IsActive = isActive;
    }
}

/// <summary>
/// Prices of products in one currency for a validity window. Exactly one list is the default (used when a quote
/// names none); a list outside its validity dates cannot price new quotes.
/// </summary>
internal sealed class PriceList : AggregateRoot
{
    private PriceList() { }

    public string Name { get; private set; } = "";
    public string Currency { get; private set; } = "";
    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    public bool IsDefault { get; private set; }
    public List<PriceListItem> Items { get; private set; } = [];

    public static PriceList Create(string name, string currency, DateOnly? validFrom, DateOnly? validTo, bool isDefault) =>
        new() { Name = name.Trim(), Currency = currency, ValidFrom = validFrom, ValidTo = validTo, IsDefault = isDefault };

    public void Update(string name, DateOnly? validFrom, DateOnly? validTo, bool isDefault)
    {
        Name = name.Trim();
        ValidFrom = validFrom;
        ValidTo = validTo;
        IsDefault = isDefault;
    }

    public void ClearDefault() => IsDefault = false;

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);

    /// <summary>Sets (or replaces) a product's unit price in this list.</summary>
    public void SetPrice(Guid productId, decimal unitPrice)
    {
        if (Items.FirstOrDefault(i => i.ProductId == productId) is { } item) item.Change(unitPrice);
        else Items.Add(PriceListItem.Create(Id, productId, unitPrice));
    }

    public bool RemovePrice(Guid productId) => Items.RemoveAll(i => i.ProductId == productId) > 0;
}

internal sealed class PriceListItem : Entity
{
    private PriceListItem() { }

    public Guid PriceListId { get; private set; }
    public Guid ProductId { get; private set; }
    public decimal UnitPrice { get; private set; }

    public static PriceListItem Create(Guid priceListId, Guid productId, decimal unitPrice) =>
        new() { PriceListId = priceListId, ProductId = productId, UnitPrice = unitPrice };

    public void Change(decimal unitPrice) => UnitPrice = unitPrice;
}

/// <summary>
/// How many units of the company currency one unit of <see cref="Currency"/> is worth, from <see cref="ValidFrom"/>
/// until the next rate of the same currency. The company currency itself always converts at 1 and has no rows.
/// </summary>
internal sealed class ExchangeRate : AggregateRoot
{
    private ExchangeRate() { }

    public string Currency { get; private set; } = "";
    public decimal Rate { get; private set; }
    public DateOnly ValidFrom { get; private set; }

    public static ExchangeRate Create(string currency, decimal rate, DateOnly validFrom) =>
        new() { Currency = currency, Rate = rate, ValidFrom = validFrom };

    public void Change(decimal rate) => Rate = rate;
}
