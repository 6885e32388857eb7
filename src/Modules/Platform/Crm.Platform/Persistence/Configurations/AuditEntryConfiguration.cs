using System.Text.Json;
using Crm.Platform.Domain;
using Crm.SharedKernel.Auditing;
using Crm.SharedKernel.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Platform.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasKey(a => a.Id);
        b.Property(a => a.Module).HasMaxLength(50);
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Changes)
            .HasColumnType("jsonb")
            .HasConversion(
                v => JsonSerializer.Serialize(v, IntegrationEventTypes.Json),
                v => JsonSerializer.Deserialize<List<FieldChange>>(v, IntegrationEventTypes.Json) ?? new List<FieldChange>(),
                new ValueComparer<List<FieldChange>>((x, y) => x!.SequenceEqual(y!), v => v.Count, v => v.ToList()));
        // A record's history, newest first, keyset-paged.
        b.HasIndex(a => new { a.EntityType, a.EntityId, a.OccurredAt, a.Id }).IsDescending(false, false, true, true);
        b.HasIndex(a => new { a.OccurredAt, a.Id }).IsDescending(true, true);
    }
}
