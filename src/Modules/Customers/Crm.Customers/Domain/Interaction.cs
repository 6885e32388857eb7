using Crm.SharedKernel.Domain;

namespace Crm.Customers.Domain;

public enum InteractionChannel
{
    Phone,
    Email,
    Web,
    Fax,
    Visit,
    Sms,
    Chat,
    Portal,
}

public enum InteractionDirection
{
    Inbound,
    Outbound,
}

/// <summary>
/// One contact with the customer on any channel. Owner and team are copied from the record it is about,
/// so it is visible to exactly those who see that record.
/// </summary>
internal sealed class Interaction : AggregateRoot, IOwned
{
    private Interaction() { }

    public InteractionChannel Channel { get; private set; }
    public InteractionDirection Direction { get; private set; }
    public string Subject { get; private set; } = "";
    public string? Body { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    /// <summary>The staff member who had the interaction.</summary>
    public Guid UserId { get; private set; }
    public Guid? AccountId { get; private set; }
    public Guid? ContactId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? TeamId { get; private set; }

    public static Interaction Log(InteractionChannel channel, InteractionDirection direction, string subject, string? body,
        DateTimeOffset occurredAt, Guid userId, Guid? accountId, Guid? contactId, Guid ownerId, Guid? teamId) => new()
    {
        Channel = channel, Direction = direction, Subject = subject.Trim(), Body = body, OccurredAt = occurredAt.ToUniversalTime(),
        UserId = userId, AccountId = accountId, ContactId = contactId, OwnerId = ownerId, TeamId = teamId,
    };

    public void Update(InteractionChannel channel, InteractionDirection direction, string subject, string? body, DateTimeOffset occurredAt)
    {
        Channel = channel;
        Direction = direction;
        Subject = subject.Trim();
        Body = body;
        // timestamptz columns take UTC only; the client may send any offset.
        OccurredAt = occurredAt.ToUniversalTime();
    }

    /// <summary>Who may delete it: the staff member who logged it, or a manager.</summary>
    public bool MayBeDeletedBy(Guid userId, bool isManager) => isManager || UserId == userId;

    /// <summary>Re-points the interaction at the surviving record of a merge.</summary>
    public void Relink(Guid? accountId, Guid? contactId)
    {
        AccountId = accountId;
        ContactId = contactId;
    }
}
