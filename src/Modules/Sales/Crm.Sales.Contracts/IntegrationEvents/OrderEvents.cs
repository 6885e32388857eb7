using Crm.SharedKernel.Messaging;

namespace Crm.Sales.Contracts.IntegrationEvents;

/// <summary>
/// An order was placed for a customer. <see cref="CompanyTotal"/> is <see cref="Total"/> converted to the company
/// currency at the rate in force when it was placed (frozen, like the order's lines), so receivers can add orders up.
/// </summary>
public sealed record OrderPlaced(
    Guid OrderId,
    string Number,
    Guid? AccountId,
    Guid? ContactId,
    Guid OwnerId,
    string Currency,
    decimal Total,
    string CompanyCurrency,
    decimal CompanyTotal,
    DateTimeOffset PlacedAt) : IntegrationEvent;

/// <summary>A placed order was delivered.</summary>
public sealed record OrderFulfilled(
    Guid OrderId,
    string Number,
    Guid? AccountId,
    Guid? ContactId,
    Guid ActorId,
    DateTimeOffset FulfilledAt) : IntegrationEvent;

/// <summary>A placed order was cancelled; it no longer counts as a purchase.</summary>
public sealed record OrderCancelled(
    Guid OrderId,
    string Number,
    Guid? AccountId,
    Guid? ContactId,
    Guid ActorId,
    string? Reason,
    DateTimeOffset CancelledAt) : IntegrationEvent;
