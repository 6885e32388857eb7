using Crm.Customers.Contracts.Facade;
using Crm.Sales.Contracts.IntegrationEvents;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Orders;

/// <summary>
/// Places an order, either from an accepted quote (its lines are copied; one order per quote) or directly for an
/// account and/or contact with lines priced from a price list. Lines are frozen, the total is converted to the company
/// currency at today's rate, and <see cref="OrderPlaced"/> goes to the outbox in the same transaction.
/// </summary>
public sealed record PlaceOrder(
    Guid? QuoteId = null,
    Guid? AccountId = null,
    Guid? ContactId = null,
    Guid? OpportunityId = null,
    Guid? PriceListId = null,
    IReadOnlyList<SalesLineInput>? Lines = null,
    Guid? OwnerId = null,
    Guid? TeamId = null) : ICommand<Result<OrderDetails>>;

internal sealed class PlaceOrderValidator : AbstractValidator<PlaceOrder>
{
    public PlaceOrderValidator()
    {
        When(c => c.QuoteId is null, () =>
        {
            RuleFor(c => c.Lines).NotEmpty().WithMessage("Give the lines of a direct order, or a quoteId.");
            RuleFor(c => c).Must(c => c.AccountId is not null || c.ContactId is not null)
                .WithName("accountId").WithMessage("A direct order is for an account or a contact (or both).");
        });
        When(c => c.QuoteId is not null, () =>
            RuleFor(c => c.Lines).Empty().WithMessage("An order from a quote takes the quote's lines; send no lines."));
        RuleFor(c => c.Lines).Must(l => l is null || l.Count <= 200).WithMessage("At most 200 lines.");
        RuleForEach(c => c.Lines).SetValidator(new SalesLineInputValidator());
    }
}

internal sealed class PlaceOrderHandler(
    SalesDbContext db, ICurrentUser user, SalesOwnership ownership, ICustomerDirectory customers, Rates rates, TimeProvider clock)
    : ICommandHandler<PlaceOrder, Result<OrderDetails>>
{
    public async ValueTask<Result<OrderDetails>> Handle(PlaceOrder cmd, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var table = await rates.OnAsync(today, ct);
        Order order;
        if (cmd.QuoteId is { } quoteId)
        {
            var quote = await db.Quotes.AsNoTracking().Include(q => q.Lines).VisibleTo(user).FirstOrDefaultAsync(q => q.Id == quoteId, ct);
            if (quote is null) return SalesErrors.QuoteNotFound(quoteId);
            if (quote.Status != QuoteStatus.Accepted) return SalesErrors.QuoteNotAccepted;
            if (await db.Orders.AnyAsync(o => o.QuoteId == quoteId, ct)) return SalesErrors.QuoteAlreadyOrdered;
            if (!table.TryGet(quote.Currency, out var rate)) return SalesErrors.ExchangeRateMissing(quote.Currency);
            order = Order.Place(quote.Currency, table.CompanyCurrency, rate, [.. quote.Lines.OrderBy(l => l.Position).Select(OrderLine.From)], quote.Id,
                quote.OpportunityId, quote.AccountId, quote.ContactId, quote.OwnerId, quote.TeamId, now);
        }
        else
        {
            if (await ownership.CheckCustomersAsync(cmd.AccountId, cmd.ContactId, ct) is { } unknown) return unknown;
            if (cmd.OpportunityId is { } oid && !await db.Opportunities.VisibleTo(user).AnyAsync(o => o.Id == oid, ct))
                return SalesErrors.OpportunityNotFound(oid);
            var owner = await ownership.ResolveAsync(cmd.OwnerId, cmd.TeamId, ct);
            if (!owner.IsSuccess) return owner.Error;
            var list = await db.PriceListAsync(cmd.PriceListId, today, ct);
            if (!list.IsSuccess) return list.Error;
            var priced = await db.PriceAsync(list.Value, cmd.Lines!, ct);
            if (!priced.IsSuccess) return priced.Error;
            if (!table.TryGet(list.Value.Currency, out var rate)) return SalesErrors.ExchangeRateMissing(list.Value.Currency);
            order = Order.Place(list.Value.Currency, table.CompanyCurrency, rate,
                [.. priced.Value.Select(p => OrderLine.Price(p.Product.Id, p.Product.Code, p.Description, p.Product.Unit, p.Input.Quantity, p.UnitPrice,
                    p.Input.DiscountPercent, p.Input.TaxPercent))],
                null, cmd.OpportunityId, cmd.AccountId, cmd.ContactId, owner.Value.OwnerId, owner.Value.TeamId, now);
        }
        db.Orders.Add(order);
        await db.SaveChangesAsync(ct); // the number comes from a sequence: read it back for the event
        db.Publish(new OrderPlaced(order.Id, Order.Format(order.Number), order.AccountId, order.ContactId, order.OwnerId, order.Currency, order.Total,
            order.CompanyCurrency, order.CompanyTotal, order.PlacedAt) { OccurredAt = now });
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(order.Id, customers, ct);
    }
}
