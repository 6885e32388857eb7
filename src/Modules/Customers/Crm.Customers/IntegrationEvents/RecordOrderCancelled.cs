using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.Sales.Contracts.IntegrationEvents;
using Crm.SharedKernel.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.IntegrationEvents;

/// <summary>An order cancelled: a timeline line, and the purchase stops counting in the customer's facts.</summary>
internal sealed class RecordOrderCancelled(CustomersDbContext db, TimeProvider clock) : InboxHandler<OrderCancelled, CustomersDbContext>(db, clock)
{
    protected override async Task HandleAsync(OrderCancelled evt, CancellationToken ct)
    {
        if (await Db.Purchases.FirstOrDefaultAsync(p => p.OrderId == evt.OrderId, ct) is { } purchase) purchase.Cancel(evt.CancelledAt);
        if (evt.AccountId is null && evt.ContactId is null) return;
        if (!await Db.Timeline.AnyAsync(t => t.SourceId == evt.OrderId && t.Kind == SalesTimelineKinds.OrderCancelled, ct))
            Db.Timeline.Add(TimelineEntry.Record(SalesTimelineKinds.OrderCancelled, $"Order {evt.Number} cancelled", TimelineEntry.Excerpt(evt.Reason),
                evt.CancelledAt, evt.AccountId, evt.ContactId, SalesTimelineKinds.Source, evt.OrderId, evt.ActorId));
    }
}
