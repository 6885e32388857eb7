using Crm.SharedKernel.Auditing;

namespace Crm.Platform.Domain;

/// <summary>One change to one record: who, when, which entity, what changed (old → new). Append-only.</summary>
internal sealed class AuditEntry
{
    /// <summary>The id of the <see cref="EntityChanged"/> event, so a redelivered event is stored once.</summary>
    public Guid Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public Guid UserId { get; init; }
    public required string Module { get; init; }
    public required string EntityType { get; init; }
    public Guid EntityId { get; init; }
    public AuditAction Action { get; init; }
    public required List<FieldChange> Changes { get; init; }
}
