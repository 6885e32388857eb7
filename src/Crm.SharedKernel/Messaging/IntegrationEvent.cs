using Mediator;

namespace Crm.SharedKernel.Messaging;

/// <summary>
/// A fact one module tells the others, named in the past tense. Written to the publisher's outbox in the
/// same transaction as the change and delivered at least once; receivers are idempotent through their inbox.
/// </summary>
public abstract record IntegrationEvent : INotification
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}
