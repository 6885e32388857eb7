using System.Text.Json.Serialization;
using Crm.Customers.Contracts.Facade;
using Crm.Sales.Contracts.IntegrationEvents;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Sales.Features.Orders;

/// <summary>Marks a placed order delivered; <see cref="OrderFulfilled"/> tells the customer's timeline.</summary>
public sealed record FulfilOrder(uint Version) : ICommand<Result<OrderDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class FulfilOrderValidator : AbstractValidator<FulfilOrder>
{
    public FulfilOrderValidator() => RuleFor(c => c.Version).Version();
}

internal sealed class FulfilOrderHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers, TimeProvider clock)
    : ICommandHandler<FulfilOrder, Result<OrderDetails>>
{
    public async ValueTask<Result<OrderDetails>> Handle(FulfilOrder cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, customers, ct);
        if (!found.IsSuccess) return found.Error;
        var now = clock.GetUtcNow();
        var order = found.Value;
        var done = order.Fulfil(now);
        if (!done.IsSuccess) return done.Error;
        db.Publish(new OrderFulfilled(order.Id, order.DisplayNumber, order.AccountId, order.ContactId, user.Id, now) { OccurredAt = now });
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(order.Id, customers, ct);
    }
}

/// <summary>Cancels a placed (not yet fulfilled) order; it stops counting as a purchase and for commission.</summary>
public sealed record CancelOrder(uint Version, string? Reason = null) : ICommand<Result<OrderDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class CancelOrderValidator : AbstractValidator<CancelOrder>
{
    public CancelOrderValidator()
    {
        RuleFor(c => c.Version).Version();
        RuleFor(c => c.Reason).MaximumLength(500);
    }
}

internal sealed class CancelOrderHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers, TimeProvider clock)
    : ICommandHandler<CancelOrder, Result<OrderDetails>>
{
    public async ValueTask<Result<OrderDetails>> Handle(CancelOrder cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, customers, ct);
        if (!found.IsSuccess) return found.Error;
        var now = clock.GetUtcNow();
        var order = found.Value;
        var cancelled = order.Cancel(cmd.Reason, now);
        if (!cancelled.IsSuccess) return cancelled.Error;
        db.Publish(new OrderCancelled(order.Id, order.DisplayNumber, order.AccountId, order.ContactId, user.Id, order.CancelReason, now) { OccurredAt = now });
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(order.Id, customers, ct);
    }
}
