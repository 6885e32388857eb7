using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.Sales.Contracts.IntegrationEvents;
using Crm.SharedKernel.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.IntegrationEvents;

internal sealed class RecordOrderFulfilled(CustomersDbContext db, TimeProvider clock) : InboxHandler<OrderFulfilled, CustomersDbContext>(db, clock)
{
    protected override async Task HandleAsync(OrderFulfilled evt, CancellationToken ct)
    {
        if (evt.AccountId is null && evt.ContactId is null) return;
        if (!await Db.Timeline.AnyAsync(t => t.SourceId == evt.OrderId && t.Kind == SalesTimelineKinds.OrderFulfilled, ct))
            Db.Timeline.Add(TimelineEntry.Record(SalesTimelineKinds.OrderFulfilled, $"Order {evt.Number} fulfilled", null, evt.FulfilledAt,
                evt.AccountId, evt.ContactId, SalesTimelineKinds.Source, evt.OrderId, evt.ActorId));
    }
}
