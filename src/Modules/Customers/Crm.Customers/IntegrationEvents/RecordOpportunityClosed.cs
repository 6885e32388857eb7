using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.Sales.Contracts.IntegrationEvents;
using Crm.SharedKernel.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.IntegrationEvents;

internal sealed class RecordOpportunityClosed(CustomersDbContext db, TimeProvider clock) : InboxHandler<OpportunityClosed, CustomersDbContext>(db, clock)
{
    protected override async Task HandleAsync(OpportunityClosed evt, CancellationToken ct)
    {
        if (evt.AccountId is null && evt.ContactId is null) return;
        var kind = evt.Won ? SalesTimelineKinds.OpportunityWon : SalesTimelineKinds.OpportunityLost;
        if (await Db.Timeline.AnyAsync(t => t.SourceId == evt.OpportunityId && t.Kind == kind, ct)) return;
        var money = SalesTimelineKinds.Money(evt.Amount, evt.Currency);
        Db.Timeline.Add(TimelineEntry.Record(kind, $"Opportunity {evt.Name} {(evt.Won ? "won" : "lost")}",
            TimelineEntry.Excerpt(evt.Reason is null ? money : $"{money} · {evt.Reason}"), evt.ClosedAt, evt.AccountId, evt.ContactId,
            SalesTimelineKinds.Source, evt.OpportunityId, evt.ActorId));
    }
}
