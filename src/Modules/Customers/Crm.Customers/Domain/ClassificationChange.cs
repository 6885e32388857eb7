using Crm.SharedKernel.Domain;

namespace Crm.Customers.Domain;

public enum CustomerRecordType
{
    Account,
    Contact,
}

/// <summary>One change of tier, lifecycle stage or relationship status: the history the CRM literature asks for.</summary>
internal sealed class ClassificationChange : Entity
{
    private ClassificationChange() { }

    public CustomerRecordType RecordType { get; private set; }
    public Guid RecordId { get; private set; }
    public ClassificationField Field { get; private set; }
    public string OldValue { get; private set; } = "";
    public string NewValue { get; private set; } = "";
    public string? Reason { get; private set; }
    public Guid ChangedBy { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }

    public static ClassificationChange Record(CustomerRecordType type, Guid recordId, ClassificationField field, string oldValue,
        string newValue, string? reason, Guid changedBy, DateTimeOffset changedAt) => new()
    {
        RecordType = type, RecordId = recordId, Field = field, OldValue = oldValue, NewValue = newValue,
        Reason = reason, ChangedBy = changedBy, ChangedAt = changedAt,
    };

    public void Relink(Guid recordId) => RecordId = recordId;
}
