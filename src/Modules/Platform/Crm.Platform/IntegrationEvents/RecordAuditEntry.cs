using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Auditing;
using Crm.SharedKernel.Messaging;

namespace Crm.Platform.IntegrationEvents;

/// <summary>Every module's audited changes land here, in the platform schema.</summary>
internal sealed class RecordAuditEntry(PlatformDbContext db, TimeProvider clock) : InboxHandler<EntityChanged, PlatformDbContext>(db, clock)
{
    protected override Task HandleAsync(EntityChanged e, CancellationToken ct)
    {
        Db.AuditEntries.Add(new AuditEntry
        {
            Id = e.Id,
            OccurredAt = e.OccurredAt,
            UserId = e.UserId,
            Module = e.Module,
            EntityType = e.EntityType,
            EntityId = e.EntityId,
            Action = e.Action,
            Changes = [.. e.Changes],
        });
        return Task.CompletedTask;
    }
}
