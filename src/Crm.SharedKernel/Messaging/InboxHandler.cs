using Crm.SharedKernel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.SharedKernel.Messaging;

/// <summary>
/// Base for a module's handler of another module's event: its effect and the inbox row that records it
/// commit together, so a redelivered event is recognised and skipped.
/// </summary>
public abstract class InboxHandler<TEvent, TContext>(TContext db, TimeProvider clock) : INotificationHandler<TEvent>
    where TEvent : IntegrationEvent
    where TContext : ModuleDbContext
{
    protected TContext Db => db;

    public async ValueTask Handle(TEvent notification, CancellationToken ct)
    {
        var handler = GetType().FullName!;
        if (await db.InboxMessages.AnyAsync(m => m.EventId == notification.Id && m.Handler == handler, ct)) return;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await HandleAsync(notification, ct);
        db.InboxMessages.Add(new InboxMessage { EventId = notification.Id, Handler = handler, HandledAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    protected abstract Task HandleAsync(TEvent evt, CancellationToken ct);
}
