using Crm.SharedKernel.Messaging;

namespace Crm.Customers.Contracts.IntegrationEvents;

/// <summary>
/// A duplicate contact was merged into another and is gone (soft-deleted, pointing at the survivor). Modules that
/// keep a contact id re-point it from <see cref="DuplicateId"/> to <see cref="SurvivorId"/>.
/// </summary>
public sealed record ContactsMerged(Guid SurvivorId, Guid DuplicateId) : IntegrationEvent;
