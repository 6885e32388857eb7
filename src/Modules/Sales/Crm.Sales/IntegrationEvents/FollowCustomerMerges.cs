using Crm.Customers.Contracts.IntegrationEvents;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.IntegrationEvents;

/// <summary>When Customers merges a duplicate account, Sales' deals, quotes, orders and converted leads follow it to the survivor.</summary>
internal sealed class FollowAccountMerge(SalesDbContext db, TimeProvider clock) : InboxHandler<AccountsMerged, SalesDbContext>(db, clock)
{
    protected override async Task HandleAsync(AccountsMerged evt, CancellationToken ct)
    {
        var (from, to) = (evt.DuplicateId, evt.SurvivorId);
        await Db.Opportunities.Where(o => o.AccountId == from).ExecuteUpdateAsync(s => s.SetProperty(o => o.AccountId, to), ct);
        await Db.Quotes.Where(q => q.AccountId == from).ExecuteUpdateAsync(s => s.SetProperty(q => q.AccountId, to), ct);
        await Db.Orders.Where(o => o.AccountId == from).ExecuteUpdateAsync(s => s.SetProperty(o => o.AccountId, to), ct);
        await Db.Leads.Where(l => l.AccountId == from).ExecuteUpdateAsync(s => s.SetProperty(l => l.AccountId, to), ct);
    }
}

/// <summary>When Customers merges a duplicate contact, Sales' records follow it to the survivor.</summary>
internal sealed class FollowContactMerge(SalesDbContext db, TimeProvider clock) : InboxHandler<ContactsMerged, SalesDbContext>(db, clock)
{
    protected override async Task HandleAsync(ContactsMerged evt, CancellationToken ct)
    {
        var (from, to) = (evt.DuplicateId, evt.SurvivorId);
        await Db.Opportunities.Where(o => o.ContactId == from).ExecuteUpdateAsync(s => s.SetProperty(o => o.ContactId, to), ct);
        await Db.Quotes.Where(q => q.ContactId == from).ExecuteUpdateAsync(s => s.SetProperty(q => q.ContactId, to), ct);
        await Db.Orders.Where(o => o.ContactId == from).ExecuteUpdateAsync(s => s.SetProperty(o => o.ContactId, to), ct);
        await Db.Leads.Where(l => l.ContactId == from).ExecuteUpdateAsync(s => s.SetProperty(l => l.ContactId, to), ct);
    }
}
