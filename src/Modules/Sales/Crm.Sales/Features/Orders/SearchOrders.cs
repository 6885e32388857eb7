using Crm.Customers.Contracts.Facade;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Orders;

public sealed record GetOrder(Guid Id) : IQuery<Result<OrderDetails>>;

internal sealed class GetOrderHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers) : IQueryHandler<GetOrder, Result<OrderDetails>>
{
    public async ValueTask<Result<OrderDetails>> Handle(GetOrder q, CancellationToken ct) =>
        await db.FindDetailsAsync(q.Id, user, customers, ct) is { } o ? o : SalesErrors.OrderNotFound(q.Id);
}

/// <summary>The caller's orders, newest placed first (keyset on placed_at, id), by status, owner, team or customer.</summary>
public sealed record SearchOrders(
    OrderStatus? Status = null,
    Guid? OwnerId = null,
    Guid? TeamId = null,
    Guid? AccountId = null,
    Guid? ContactId = null,
    string? Cursor = null,
    int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit) : IQuery<Result<Page<OrderSummary>>>;

public sealed record OrderSummary(
    Guid Id, string Number, Guid? QuoteId, Guid? AccountId, Guid? ContactId, string Currency, decimal Total, decimal CompanyTotal, OrderStatus Status,
    DateTimeOffset PlacedAt, Guid OwnerId, Guid? TeamId, uint Version);

internal sealed class SearchOrdersValidator : AbstractValidator<SearchOrders>
{
    public SearchOrdersValidator()
    {
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Limit).PageLimit();
        RuleFor(q => q.Cursor).MomentCursor();
    }
}

internal sealed class SearchOrdersHandler(SalesDbContext db, ICurrentUser user) : IQueryHandler<SearchOrders, Result<Page<OrderSummary>>>
{
    public async ValueTask<Result<Page<OrderSummary>>> Handle(SearchOrders q, CancellationToken ct)
    {
        var orders = db.Orders.AsNoTracking().VisibleTo(user);
        if (q.Status is { } status) orders = orders.Where(o => o.Status == status);
        if (q.OwnerId is { } owner) orders = orders.Where(o => o.OwnerId == owner);
        if (q.TeamId is { } team) orders = orders.Where(o => o.TeamId == team);
        if (q.AccountId is { } account) orders = orders.Where(o => o.AccountId == account);
        if (q.ContactId is { } contact) orders = orders.Where(o => o.ContactId == contact);
        if (Cursors.Decode(q.Cursor) is { } after) orders = orders.After(o => o.PlacedAt, Cursors.Moment(after)!.Value, after.Id, descending: true);
        return await orders.OrderByKey(o => o.PlacedAt, descending: true)
            .Select(o => new OrderSummary(o.Id, Order.Format(o.Number), o.QuoteId, o.AccountId, o.ContactId, o.Currency, o.Total, o.CompanyTotal, o.Status,
                o.PlacedAt, o.OwnerId, o.TeamId, o.Version))
            .ToPageAsync(q.Limit, o => Cursors.Of(o.PlacedAt, o.Id), ct);
    }
}
