using Crm.SharedKernel.Domain;

namespace Crm.Customers.Domain;

/// <summary>The kinds of timeline entry Customers writes itself; other modules use <c>&lt;module&gt;.&lt;fact&gt;</c>.</summary>
internal static class TimelineKinds
{
    public const string InteractionLogged = "interaction.logged";
    public const string TaskCreated = "task.created";
    public const string TaskCompleted = "task.completed";

    /// <summary>Every kind that is about a task (its id is the entry's source id).</summary>
    public static readonly string[] OfTasks = [TaskCreated, TaskCompleted];
}

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

    /// <summary>The <see cref="SourceModule"/> of entries Customers writes itself.</summary>
    public const string CustomersSource = "customers";

    /// <summary>How much of a long text (an email body) the timeline shows; the source keeps the whole.</summary>
    public const int SummaryLength = 500;

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

    /// <summary>The line for a logged interaction: its subject and the start of its body, when it happened, by whom.</summary>
    public static TimelineEntry ForInteraction(Interaction interaction) =>
        Record(TimelineKinds.InteractionLogged, interaction.Subject, Excerpt(interaction.Body), interaction.OccurredAt,
            interaction.AccountId, interaction.ContactId, CustomersSource, interaction.Id, interaction.UserId);

    /// <summary>Keeps an interaction's line in step after the interaction was edited.</summary>
    public void Follow(Interaction interaction) => Update(interaction.Subject, Excerpt(interaction.Body), interaction.OccurredAt);

    public static TimelineEntry ForTaskCreated(CustomerTask task, DateTimeOffset at, Guid actorId) =>
        Record(TimelineKinds.TaskCreated, task.Title, Excerpt(task.Description), at, task.AccountId, task.ContactId,
            CustomersSource, task.Id, actorId);

    public static TimelineEntry ForTaskCompleted(CustomerTask task, Guid actorId) =>
        Record(TimelineKinds.TaskCompleted, task.Title, null,
            task.CompletedAt ?? throw new InvalidOperationException("The task is not completed."),
            task.AccountId, task.ContactId, CustomersSource, task.Id, actorId);

    /// <summary>Keeps a task's lines showing its current title; when each happened does not change.</summary>
    public void Follow(CustomerTask task) =>
        Update(task.Title, Kind == TimelineKinds.TaskCreated ? Excerpt(task.Description) : Summary, OccurredAt);

    /// <summary>The start of <paramref name="text"/>, cut at a whole character, with an ellipsis when cut.</summary>
    public static string? Excerpt(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (text.Length <= SummaryLength) return text;
        var cut = SummaryLength - 1;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return text[..cut] + "…";
    }
}
