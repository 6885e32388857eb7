using Crm.SharedKernel.Messaging;

namespace Crm.SharedKernel.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Restored,
}

/// <summary>One field's value before and after a change, as text.</summary>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>
/// Written by every module's unit of work for each change to an auditable entity; the Platform module
/// keeps these as the audit log. Travelling through the outbox keeps schemas private and the trail durable.
/// </summary>
public sealed record EntityChanged(
    string Module,
    string EntityType,
    Guid EntityId,
    AuditAction Action,
    IReadOnlyList<FieldChange> Changes,
    Guid UserId) : IntegrationEvent;
