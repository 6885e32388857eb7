using Crm.SharedKernel.Messaging;

namespace Crm.Customers.Contracts.IntegrationEvents;

/// <summary>
/// A duplicate account was merged into another and is gone (soft-deleted, pointing at the survivor); its contacts
/// now work at the survivor. Modules that keep an account id re-point it from <see cref="DuplicateId"/> to <see cref="SurvivorId"/>.
/// </summary>
public sealed record AccountsMerged(Guid SurvivorId, Guid DuplicateId) : IntegrationEvent;
