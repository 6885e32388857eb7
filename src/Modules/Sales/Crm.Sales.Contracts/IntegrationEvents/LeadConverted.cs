using Crm.SharedKernel.Messaging;

namespace Crm.Sales.Contracts.IntegrationEvents;

/// <summary>
/// A qualified lead became a contact (and maybe an account and an opportunity). <see cref="History"/> is what
/// happened to the lead before (captured, worked, qualified), so the customer's timeline starts with it.
/// </summary>
public sealed record LeadConverted(
    Guid LeadId,
    string LeadName,
    string? Company,
    string? Source,
    int? Score,
    Guid ContactId,
    Guid? AccountId,
    Guid? OpportunityId,
    Guid ActorId,
    DateTimeOffset ConvertedAt,
    IReadOnlyList<LeadHistoryItem> History) : IntegrationEvent;

/// <summary>One step in a lead's life; <see cref="Id"/> is unique per step, so each lands on a timeline once.</summary>
public sealed record LeadHistoryItem(Guid Id, string Title, string? Summary, DateTimeOffset OccurredAt, Guid? ActorId);
