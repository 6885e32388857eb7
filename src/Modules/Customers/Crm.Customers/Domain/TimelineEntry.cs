using Crm.SharedKernel.Domain;

namespace Crm.Customers.Domain;

/// <summary>
/// One line of a customer's 360° timeline. Customers writes entries for its own interactions, tasks and
/// classification changes; other modules add theirs through integration events (an order placed, a case
/// resolved), so every department sees one history. <see cref="SourceId"/> + <see cref="Kind"/> is unique,
/// which keeps a redelivered event from adding a second line.
/// </summary>
internal sealed class TimelineEntry : Entity
{
    private TimelineEntry() { }

    public Guid? AccountId { get; private set; }
    public Guid? ContactId { get; private set; }
    /// <summary>What happened, dotted: <c>interaction.logged</c>, <c>task.completed</c>, <c>classification.changed</c>, <c>sales.order_placed</c>.</summary>
    public string Kind { get; private set; } = "";
    public DateTimeOffset OccurredAt { get; private set; }
    public string Title { get; private set; } = "";
    public string? Summary { get; private set; }
    /// <summary>The module the fact comes from: customers, sales, service, marketing.</summary>
    public string SourceModule { get; private set; } = "";
    /// <summary>The id of the thing the entry is about (interaction, task, order…), for linking.</summary>
    public Guid SourceId { get; private set; }
    public Guid? ActorId { get; private set; }

    public static TimelineEntry Record(string kind, string title, string? summary, DateTimeOffset occurredAt,
        Guid? accountId, Guid? contactId, string sourceModule, Guid sourceId, Guid? actorId) => new()
    {
        Kind = kind, Title = title, Summary = summary, OccurredAt = occurredAt, AccountId = accountId, ContactId = contactId,
        SourceModule = sourceModule, SourceId = sourceId, ActorId = actorId,
    };

    public void Update(string title, string? summary, DateTimeOffset occurredAt)
    {
        Title = title;
        Summary = summary;
        OccurredAt = occurredAt;
    }

    public void Relink(Guid? accountId, Guid? contactId)
    {
        AccountId = accountId;
        ContactId = contactId;
    }
}
