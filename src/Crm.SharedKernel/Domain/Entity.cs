namespace Crm.SharedKernel.Domain;

/// <summary>Base of every persisted entity: a time-ordered GUID id made on the client side.</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
}

/// <summary>
/// A consistency boundary that clients edit. <see cref="Version"/> maps to PostgreSQL's <c>xmin</c>:
/// it changes on every write, is exposed as <c>version</c>/ETag and checked on update (409 when stale).
/// </summary>
public abstract class AggregateRoot : Entity, IAuditable
{
    public uint Version { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Changes to entities marked with this are written to the audit log.</summary>
public interface IAuditable;

/// <summary>A customer-facing record with an owner user and an owning team (record-level access).</summary>
public interface IOwned
{
    Guid OwnerId { get; }
    Guid? TeamId { get; }
}

/// <summary>Deleted records stay in the table with a timestamp and can be restored.</summary>
public interface ISoftDeletable
{
    DateTimeOffset? DeletedAt { get; }
}

/// <summary>The audit log records that this property changed, never its value (a password hash).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditRedactedAttribute : Attribute
{
    public const string Mask = "[redacted]";
}

/// <summary>Bookkeeping the audit log ignores (last sign-in time, failed-attempt counters): noise, not history.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;
