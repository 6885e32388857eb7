using Crm.Customers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Customers.Persistence.Configurations;

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> b)
    {
        b.ToTable("interactions");
        b.Property(i => i.Version).IsRowVersion();
        b.Property(i => i.Channel).HasConversion<string>().HasMaxLength(10);
        b.Property(i => i.Direction).HasConversion<string>().HasMaxLength(10);
        b.Property(i => i.Subject).HasMaxLength(300);
        b.Property(i => i.Body).HasMaxLength(20_000);
        b.HasIndex(i => new { i.ContactId, i.OccurredAt, i.Id }).IsDescending(false, true, true);
        b.HasIndex(i => new { i.AccountId, i.OccurredAt, i.Id }).IsDescending(false, true, true);
        // The interaction list, newest first: for callers who see everything, for those who see their own
        // records (owner), and filtered by the staff member who had the interaction.
        b.HasIndex(i => new { i.OccurredAt, i.Id }).IsDescending(true, true);
        b.HasIndex(i => new { i.OwnerId, i.OccurredAt, i.Id }).IsDescending(false, true, true);
        b.HasIndex(i => new { i.UserId, i.OccurredAt, i.Id }).IsDescending(false, true, true);
    }
}

internal sealed class CustomerTaskConfiguration : IEntityTypeConfiguration<CustomerTask>
{
    public void Configure(EntityTypeBuilder<CustomerTask> b)
    {
        b.ToTable("tasks");
        b.Property(t => t.Version).IsRowVersion();
        b.Property(t => t.Title).HasMaxLength(300);
        b.Property(t => t.Description).HasMaxLength(10_000);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(t => t.Priority).HasConversion<string>().HasMaxLength(8);
        b.Ignore(t => t.IsClosed);
        // "My open tasks by due date" is the hot query.
        b.HasIndex(t => new { t.OwnerId, t.Status, t.DueAt, t.Id });
        b.HasIndex(t => t.ContactId);
        b.HasIndex(t => t.AccountId);
        // Task lists that are not one assignee's (team and company-wide views): by due date, undated last.
        b.HasIndex(t => new { t.DueAt, t.Id });
    }
}

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> b)
    {
        b.ToTable("timeline_entries");
        b.Property(t => t.Kind).HasMaxLength(60);
        b.Property(t => t.Title).HasMaxLength(300);
        b.Property(t => t.Summary).HasMaxLength(2000);
        b.Property(t => t.SourceModule).HasMaxLength(30);
        b.HasIndex(t => new { t.ContactId, t.OccurredAt, t.Id }).IsDescending(false, true, true);
        b.HasIndex(t => new { t.AccountId, t.OccurredAt, t.Id }).IsDescending(false, true, true);
        b.HasIndex(t => new { t.SourceId, t.Kind }).IsUnique();
    }
}

internal sealed class ClassificationChangeConfiguration : IEntityTypeConfiguration<ClassificationChange>
{
    public void Configure(EntityTypeBuilder<ClassificationChange> b)
    {
        b.ToTable("classification_changes");
        b.Property(c => c.RecordType).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.Field).HasConversion<string>().HasMaxLength(15);
        b.Property(c => c.OldValue).HasMaxLength(20);
        b.Property(c => c.NewValue).HasMaxLength(20);
        b.Property(c => c.Reason).HasMaxLength(500);
        b.HasIndex(c => new { c.RecordId, c.ChangedAt });
    }
}
