namespace Crm.SharedKernel.Messaging;

/// <summary>An integration event waiting in the publishing module's schema to be delivered.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }
    public required string Type { get; init; }
    public required string Payload { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
}

/// <summary>Marks an event as handled by one handler of the receiving module, so a redelivery changes nothing.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; init; }
    public required string Handler { get; init; }
    public DateTimeOffset HandledAt { get; init; }
}
