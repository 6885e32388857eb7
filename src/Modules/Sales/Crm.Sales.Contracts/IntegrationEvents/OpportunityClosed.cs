using Crm.SharedKernel.Messaging;

namespace Crm.Sales.Contracts.IntegrationEvents;

/// <summary>An opportunity was won or lost (with the reason given).</summary>
public sealed record OpportunityClosed(
    Guid OpportunityId,
    string Name,
    Guid? AccountId,
    Guid? ContactId,
    bool Won,
    decimal Amount,
    string Currency,
    string? Reason,
    Guid ActorId,
    DateTimeOffset ClosedAt) : IntegrationEvent;
