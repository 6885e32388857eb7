using Crm.Customers.Contracts.Facade;
using Crm.Sales.Domain;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Orders;

public sealed record OrderDetails(
    Guid Id,
    string Number,
    Guid? QuoteId,
    Guid? OpportunityId,
    Guid? AccountId,
    string? AccountName,
    Guid? ContactId,
    string? ContactName,
    string Currency,
    OrderStatus Status,
    decimal Subtotal,
    decimal DiscountTotal,
    decimal TaxTotal,
    decimal Total,
    string CompanyCurrency,
    decimal ExchangeRate,
    decimal CompanyTotal,
    DateTimeOffset PlacedAt,
    DateTimeOffset? FulfilledAt,
    DateTimeOffset? CancelledAt,
    string? CancelReason,
    Guid OwnerId,
    Guid? TeamId,
    IReadOnlyList<OrderLineDetails> Lines,
    uint Version);

public sealed record OrderLineDetails(
    int Position, Guid ProductId, string ProductCode, string Description, string Unit, decimal Quantity, decimal UnitPrice, decimal DiscountPercent,
    decimal TaxPercent, decimal NetAmount, decimal TaxAmount, decimal TotalAmount, decimal CompanyNetAmount);

internal static class OrderAccess
{
    public static async Task<OrderDetails?> FindDetailsAsync(this SalesDbContext db, Guid id, ICurrentUser? user, ICustomerDirectory customers,
        CancellationToken ct)
    {
        var orders = db.Orders.AsNoTracking().Where(o => o.Id == id);
        if (user is not null) orders = orders.VisibleTo(user);
        var o = await orders.Select(o => new OrderDetails(o.Id, Order.Format(o.Number), o.QuoteId, o.OpportunityId, o.AccountId, null, o.ContactId, null,
                o.Currency, o.Status, o.Subtotal, o.DiscountTotal, o.TaxTotal, o.Total, o.CompanyCurrency, o.ExchangeRate, o.CompanyTotal, o.PlacedAt,
                o.FulfilledAt, o.CancelledAt, o.CancelReason, o.OwnerId, o.TeamId,
                o.Lines.OrderBy(l => l.Position).Select(l => new OrderLineDetails(l.Position, l.ProductId, l.ProductCode, l.Description, l.Unit, l.Quantity,
                    l.UnitPrice, l.DiscountPercent, l.TaxPercent, l.NetAmount, l.TaxAmount, l.TotalAmount, l.CompanyNetAmount)).ToList(),
                o.Version))
            .FirstOrDefaultAsync(ct);
        if (o is null) return null;
        var accounts = o.AccountId is { } a ? await customers.GetAccountNamesAsync([a], ct) : new Dictionary<Guid, string>();
        var contacts = o.ContactId is { } c ? await customers.GetContactNamesAsync([c], ct) : new Dictionary<Guid, string>();
        return o with
        {
            AccountName = o.AccountId is { } ai ? accounts.GetValueOrDefault(ai) : null,
            ContactName = o.ContactId is { } ci ? contacts.GetValueOrDefault(ci) : null,
        };
    }

    public static async Task<OrderDetails> DetailsAsync(this SalesDbContext db, Guid id, ICustomerDirectory customers, CancellationToken ct) =>
        (await db.FindDetailsAsync(id, null, customers, ct))!;

    public static async Task<Result<Order>> FindForWriteAsync(this SalesDbContext db, ICurrentUser user, Guid id, uint version, ICustomerDirectory customers,
        CancellationToken ct)
    {
        var order = await db.Orders.VisibleTo(user).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (order is null) return SalesErrors.OrderNotFound(id);
        if (order.Version != version) return Error.StaleVersion("order", order.Version, await db.DetailsAsync(id, customers, ct));
        db.Entry(order).Property(o => o.Version).OriginalValue = version;
        return order;
    }
}
