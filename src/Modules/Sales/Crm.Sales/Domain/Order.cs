using Crm.SharedKernel.Domain;
using Crm.SharedKernel.Results;

namespace Crm.Sales.Domain;

public enum OrderStatus
{
    Placed,
    Fulfilled,
    Cancelled,
}

/// <summary>
/// What the customer bought: placed from an accepted quote (or directly), then fulfilled or cancelled. Its lines are
/// copied at placement and never change. <see cref="CompanyTotal"/> and each line's company net are converted at
/// placement, at the rate then in force, so later rate changes do not rewrite history (or commissions).
/// </summary>
internal sealed class Order : AggregateRoot, IOwned
{
    private Order() { }

    /// <summary>From a sequence: SO-000042.</summary>
    public long Number { get; private set; }
    public Guid? QuoteId { get; private set; }
    public Guid? OpportunityId { get; private set; }
    public Guid? AccountId { get; private set; }
    public Guid? ContactId { get; private set; }
    public string Currency { get; private set; } = "";
    public OrderStatus Status { get; private set; } = OrderStatus.Placed;
    public decimal Subtotal { get; private set; }
    public decimal DiscountTotal { get; private set; }
    public decimal TaxTotal { get; private set; }
    public decimal Total { get; private set; }
    public string CompanyCurrency { get; private set; } = "";
    /// <summary>The rate used at placement: one unit of <see cref="Currency"/> in the company currency.</summary>
    public decimal ExchangeRate { get; private set; }
    public decimal CompanyTotal { get; private set; }
    public DateTimeOffset PlacedAt { get; private set; }
    public DateTimeOffset? FulfilledAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancelReason { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? TeamId { get; private set; }
    public List<OrderLine> Lines { get; private set; } = [];

    public string DisplayNumber => Format(Number);
    public static string Format(long number) => $"SO-{number:D6}";

    public static Order Place(string currency, string companyCurrency, decimal rate, IReadOnlyList<OrderLine> lines, Guid? quoteId, Guid? opportunityId,
        Guid? accountId, Guid? contactId, Guid ownerId, Guid? teamId, DateTimeOffset at)
    {
        var order = new Order
        {
            Currency = currency, CompanyCurrency = companyCurrency, ExchangeRate = rate, QuoteId = quoteId, OpportunityId = opportunityId,
            AccountId = accountId, ContactId = contactId, OwnerId = ownerId, TeamId = teamId, PlacedAt = at,
        };
        var position = 1;
        foreach (var line in lines) { line.Freeze(order.Id, position++, rate); order.Lines.Add(line); }
        var totals = DocumentTotals.Of(order.Lines.Select(l => new LineAmounts(l.GrossAmount, l.DiscountAmount, l.NetAmount, l.TaxAmount, l.TotalAmount)));
        (order.Subtotal, order.DiscountTotal, order.TaxTotal, order.Total) = (totals.Subtotal, totals.DiscountTotal, totals.TaxTotal, totals.Total);
        order.CompanyTotal = Money.Round(order.Total * rate);
        return order;
    }

    public Result<Order> Fulfil(DateTimeOffset at)
    {
        if (Status != OrderStatus.Placed) return SalesErrors.OrderStatusTransition(Status.ToString(), nameof(OrderStatus.Fulfilled));
        Status = OrderStatus.Fulfilled;
        FulfilledAt = at;
        return this;
    }

    /// <summary>Only a placed (not yet fulfilled) order can be cancelled.</summary>
    public Result<Order> Cancel(string? reason, DateTimeOffset at)
    {
        if (Status != OrderStatus.Placed) return SalesErrors.OrderStatusTransition(Status.ToString(), nameof(OrderStatus.Cancelled));
        Status = OrderStatus.Cancelled;
        CancelledAt = at;
        CancelReason = reason?.Trim();
        return this;
    }
}

/// <summary>An order line, frozen at placement; <see cref="CompanyNetAmount"/> is what commissions are computed on.</summary>
internal sealed class OrderLine : Entity
{
    private OrderLine() { }

    public Guid OrderId { get; private set; }
    public int Position { get; private set; }
    public Guid ProductId { get; private set; }
    public string ProductCode { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string Unit { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
    public decimal DiscountPercent { get; private set; }
    public decimal TaxPercent { get; private set; }
    public decimal GrossAmount { get; private set; }
    public decimal DiscountAmount { get; private set; }
    public decimal NetAmount { get; private set; }
    public decimal TaxAmount { get; private set; }
    public decimal TotalAmount { get; private set; }
    public decimal CompanyNetAmount { get; private set; }

    public static OrderLine Price(Guid productId, string productCode, string description, string unit, decimal quantity, decimal unitPrice,
        decimal discountPercent, decimal taxPercent)
    {
        var a = LineAmounts.Of(quantity, unitPrice, discountPercent, taxPercent);
        return new OrderLine
        {
            ProductId = productId, ProductCode = productCode, Description = description, Unit = unit, Quantity = quantity, UnitPrice = unitPrice,
            DiscountPercent = discountPercent, TaxPercent = taxPercent,
            GrossAmount = a.Gross, DiscountAmount = a.Discount, NetAmount = a.Net, TaxAmount = a.Tax, TotalAmount = a.Total,
        };
    }

    public static OrderLine From(QuoteLine q) =>
        Price(q.ProductId, q.ProductCode, q.Description, q.Unit, q.Quantity, q.UnitPrice, q.DiscountPercent, q.TaxPercent);

    public void Freeze(Guid orderId, int position, decimal rate)
    {
        OrderId = orderId;
        Position = position;
        CompanyNetAmount = Money.Round(NetAmount * rate);
    }
}
