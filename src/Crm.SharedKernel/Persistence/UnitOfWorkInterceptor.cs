using System.Globalization;
using Crm.SharedKernel.Auditing;
using Crm.SharedKernel.Domain;
using Crm.SharedKernel.Messaging;
using Crm.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.SharedKernel.Persistence;

/// <summary>
/// Runs inside every SaveChanges of a module context: stamps created/updated times and turns each change to
/// an auditable entity into an <see cref="EntityChanged"/> event in the outbox — same transaction, so the
/// audit trail cannot miss a committed change. Wakes the dispatchers once the rows are saved.
/// </summary>
public sealed class UnitOfWorkInterceptor(ICurrentUser user, TimeProvider clock, OutboxSignal signal) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Untracked = [nameof(AggregateRoot.Version), nameof(AggregateRoot.UpdatedAt), nameof(AggregateRoot.CreatedAt)];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is ModuleDbContext db) BeforeSave(db);
        return base.SavingChangesAsync(eventData, result, ct);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is ModuleDbContext db) BeforeSave(db);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) signal.Notify();
        return base.SavedChangesAsync(eventData, result, ct);
    }

    private void BeforeSave(ModuleDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var userId = user.IsAuthenticated ? user.Id : SystemUser.SystemId;
        var events = new List<EntityChanged>();

        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AggregateRoot root)
            {
                if (entry.State == EntityState.Added) { root.CreatedAt = now; root.UpdatedAt = now; }
                else if (entry.State == EntityState.Modified) root.UpdatedAt = now;
            }
            if (entry.Entity is IAuditable && Describe(entry) is { } change)
                events.Add(new EntityChanged(db.Schema, entry.Metadata.ClrType.Name, (Guid)entry.Property("Id").CurrentValue!,
                    change.Action, change.Fields, userId) { OccurredAt = now });
        }
        foreach (var e in events) db.Publish(e);
    }

    private static (AuditAction Action, List<FieldChange> Fields)? Describe(EntityEntry entry)
    {
        switch (entry.State)
        {
            case EntityState.Added:
                return (AuditAction.Created, entry.Properties
                    .Where(p => Audited(p) && p.Metadata.Name != "Id" && p.CurrentValue is not null)
                    .Select(p => new FieldChange(p.Metadata.Name, null, Value(p, p.CurrentValue)))
                    .ToList());
            case EntityState.Deleted:
                return (AuditAction.Deleted, []);
            case EntityState.Modified:
                var fields = entry.Properties
                    .Where(p => p.IsModified && Audited(p) && !Equals(Text(p.OriginalValue), Text(p.CurrentValue)))
                    .Select(p => new FieldChange(p.Metadata.Name, Value(p, p.OriginalValue), Value(p, p.CurrentValue)))
                    .ToList();
                // Value objects (addresses) are complex properties stored in the owner's row.
                foreach (var complex in entry.ComplexProperties)
                    fields.AddRange(complex.Properties
                        .Where(p => p.IsModified && !Equals(Text(p.OriginalValue), Text(p.CurrentValue)))
                        .Select(p => new FieldChange($"{complex.Metadata.Name}.{p.Metadata.Name}", Text(p.OriginalValue), Text(p.CurrentValue))));
                if (fields.Count == 0) return null;
                var deleted = fields.FirstOrDefault(f => f.Field == nameof(ISoftDeletable.DeletedAt));
                var action = deleted is null ? AuditAction.Updated : deleted.New is null ? AuditAction.Restored : AuditAction.Deleted;
                return (action, fields);
            default:
                return null;
        }
    }

    private static bool Audited(PropertyEntry p) =>
        !Untracked.Contains(p.Metadata.Name) && p.Metadata.PropertyInfo?.IsDefined(typeof(NotAuditedAttribute), true) != true;

    private static string? Value(PropertyEntry p, object? value) =>
        value is not null && p.Metadata.PropertyInfo?.IsDefined(typeof(AuditRedactedAttribute), true) == true ? AuditRedactedAttribute.Mask : Text(value);

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join(", ", list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
