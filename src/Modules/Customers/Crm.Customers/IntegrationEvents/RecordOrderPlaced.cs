using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.Sales.Contracts.IntegrationEvents;
using Crm.SharedKernel.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.IntegrationEvents;

/// <summary>An order placed: a line on the customer's timeline and a purchase in its facts. Inbox-guarded, and both rows are unique per order.</summary>
internal sealed class RecordOrderPlaced(CustomersDbContext db, TimeProvider clock) : InboxHandler<OrderPlaced, CustomersDbContext>(db, clock)
{
    protected override async Task HandleAsync(OrderPlaced evt, CancellationToken ct)
    {
        if (evt.AccountId is null && evt.ContactId is null) return;
        if (!await Db.Timeline.AnyAsync(t => t.SourceId == evt.OrderId && t.Kind == SalesTimelineKinds.OrderPlaced, ct))
            Db.Timeline.Add(TimelineEntry.Record(SalesTimelineKinds.OrderPlaced, $"Order {evt.Number} placed",
                SalesTimelineKinds.Money(evt.Total, evt.Currency), evt.PlacedAt, evt.AccountId, evt.ContactId, SalesTimelineKinds.Source,
                evt.OrderId, evt.OwnerId));
        if (!await Db.Purchases.AnyAsync(p => p.OrderId == evt.OrderId, ct))
            Db.Purchases.Add(Purchase.Record(evt.OrderId, evt.Number, evt.AccountId, evt.ContactId, evt.PlacedAt, evt.CompanyTotal, evt.CompanyCurrency));
    }
}
