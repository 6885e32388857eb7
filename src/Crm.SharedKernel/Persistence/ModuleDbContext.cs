using System.Text.Json;
using Crm.SharedKernel.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.SharedKernel.Persistence;

/// <summary>
/// Base of every module's DbContext: one PostgreSQL schema per module, with its own outbox and inbox tables.
/// Events published here are saved in the same transaction as the change that caused them.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module's name, which is also its schema.</summary>
    public abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    internal string OutboxTable => $"\"{Schema}\".outbox_messages";

    /// <summary>Queues an integration event; it is written when this context saves.</summary>
    public void Publish(IntegrationEvent evt) =>
        OutboxMessages.Add(new OutboxMessage
        {
            Id = evt.Id,
            Type = IntegrationEventTypes.NameOf(evt.GetType()),
            Payload = JsonSerializer.Serialize(evt, evt.GetType(), IntegrationEventTypes.Json),
            OccurredAt = evt.OccurredAt,
            NextAttemptAt = evt.OccurredAt,
        });

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("outbox_messages");
            b.HasKey(m => m.Id);
            b.Property(m => m.Type).HasMaxLength(300);
            b.Property(m => m.Payload).HasColumnType("jsonb");
            // The dispatcher's query: unsent rows in order. A partial index stays small as sent rows pile up.
            b.HasIndex(m => new { m.OccurredAt, m.Id }).HasFilter("processed_at IS NULL");
        });
        modelBuilder.Entity<InboxMessage>(b =>
        {
            b.ToTable("inbox_messages");
            b.HasKey(m => new { m.EventId, m.Handler });
            b.Property(m => m.Handler).HasMaxLength(300);
        });
        // A module without entities yet has no configurations; asking EF to scan for them would log a warning.
        var module = GetType();
        if (module.Assembly.GetTypes().Any(t => t.Namespace?.StartsWith(module.Namespace!, StringComparison.Ordinal) == true
                && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))))
            modelBuilder.ApplyConfigurationsFromAssembly(module.Assembly, t => t.Namespace?.StartsWith(module.Namespace!, StringComparison.Ordinal) == true);
    }
}
