using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.Sales.Contracts.IntegrationEvents;
using Crm.SharedKernel.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.IntegrationEvents;

/// <summary>
/// A lead converted: its earlier life (captured, worked, qualified) and the conversion itself go on the new
/// contact's (and account's) timeline, each step once (unique source id + kind).
/// </summary>
internal sealed class RecordLeadConverted(CustomersDbContext db, TimeProvider clock) : InboxHandler<LeadConverted, CustomersDbContext>(db, clock)
{
    protected override async Task HandleAsync(LeadConverted evt, CancellationToken ct)
    {
        var ids = evt.History.Select(h => h.Id).Append(evt.LeadId).ToList();
        var existing = await Db.Timeline.Where(t => ids.Contains(t.SourceId)
                && (t.Kind == SalesTimelineKinds.LeadHistory || t.Kind == SalesTimelineKinds.LeadConverted))
            .Select(t => t.SourceId).ToListAsync(ct);

        foreach (var step in evt.History.Where(h => !existing.Contains(h.Id)))
            Db.Timeline.Add(TimelineEntry.Record(SalesTimelineKinds.LeadHistory, step.Title, TimelineEntry.Excerpt(step.Summary), step.OccurredAt,
                evt.AccountId, evt.ContactId, SalesTimelineKinds.Source, step.Id, step.ActorId));
        if (!existing.Contains(evt.LeadId))
            Db.Timeline.Add(TimelineEntry.Record(SalesTimelineKinds.LeadConverted, $"Lead {evt.LeadName} converted",
                string.Join(" · ", new[] { evt.Company, evt.Source is null ? null : $"Source: {evt.Source}", evt.Score is null ? null : $"Score: {evt.Score}" }
                    .Where(s => s is not null)) is { Length: > 0 } summary ? summary : null,
                evt.ConvertedAt, evt.AccountId, evt.ContactId, SalesTimelineKinds.Source, evt.LeadId, evt.ActorId));
    }
}
