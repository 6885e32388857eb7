using Crm.SharedKernel.Domain;

namespace Crm.Customers.Domain;

public enum CustomerTaskStatus
{
    Open,
    InProgress,
    Done,
    Cancelled,
}

public enum TaskPriority
{
    Low,
    Normal,
    High,
}

/// <summary>A follow-up on a customer record, assigned to a user. The assignee owns it; the team is the record's.</summary>
internal sealed class CustomerTask : AggregateRoot, IOwned
{
    private CustomerTask() { }

    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }
    public CustomerTaskStatus Status { get; private set; } = CustomerTaskStatus.Open;
    public TaskPriority Priority { get; private set; } = TaskPriority.Normal;
    public DateTimeOffset? CompletedAt { get; private set; }
    public Guid? AccountId { get; private set; }
    public Guid? ContactId { get; private set; }
    /// <summary>The assignee.</summary>
    public Guid OwnerId { get; private set; }
    public Guid? TeamId { get; private set; }
    public Guid CreatedBy { get; private set; }

    public bool IsClosed => Status is CustomerTaskStatus.Done or CustomerTaskStatus.Cancelled;

    public static CustomerTask Create(string title, string? description, DateTimeOffset? dueAt, TaskPriority priority,
        Guid assigneeId, Guid? teamId, Guid? accountId, Guid? contactId, Guid createdBy) => new()
    {
        Title = title.Trim(), Description = description, DueAt = dueAt?.ToUniversalTime(), Priority = priority,
        OwnerId = assigneeId, TeamId = teamId, AccountId = accountId, ContactId = contactId, CreatedBy = createdBy,
    };

    public void Update(string title, string? description, DateTimeOffset? dueAt, TaskPriority priority, Guid assigneeId)
    {
        Title = title.Trim();
        Description = description;
        // timestamptz columns take UTC only; the client may send any offset.
        DueAt = dueAt?.ToUniversalTime();
        Priority = priority;
        OwnerId = assigneeId;
    }

    public void ChangeStatus(CustomerTaskStatus status, DateTimeOffset now)
    {
        Status = status;
        CompletedAt = status == CustomerTaskStatus.Done ? now : null;
    }

    public void Relink(Guid? accountId, Guid? contactId)
    {
        AccountId = accountId;
        ContactId = contactId;
    }
}
