using Crm.Customers.Contracts.Facade;
using Crm.Customers.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Facade;

internal sealed class CustomerDirectory(CustomersDbContext db) : ICustomerDirectory
{
    // Two columns, not the whole row (search text and tokens included) that ToDictionaryAsync on the entity would read:
    // a pipeline board looks up a few hundred names per request.
    public async Task<IReadOnlyDictionary<Guid, string>> GetAccountNamesAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken ct) =>
        accountIds.Count == 0 ? new Dictionary<Guid, string>()
            : await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).Select(a => new { a.Id, a.Name })
                .ToDictionaryAsync(a => a.Id, a => a.Name, ct);

    public async Task<IReadOnlyDictionary<Guid, string>> GetContactNamesAsync(IReadOnlyCollection<Guid> contactIds, CancellationToken ct) =>
        contactIds.Count == 0 ? new Dictionary<Guid, string>()
            : await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id)).Select(c => new { c.Id, c.FullName })
                .ToDictionaryAsync(c => c.Id, c => c.FullName, ct);
}

/// <summary>Interactions per staff member (<c>user_id</c>, which the (user_id, occurred_at) index serves), one GROUP BY.</summary>
internal sealed class InteractionStatistics(CustomersDbContext db) : IInteractionStatistics
{
    public async Task<IReadOnlyDictionary<Guid, int>> CountByUserAsync(IReadOnlyCollection<Guid> userIds, DateTimeOffset from, DateTimeOffset to,
        CancellationToken ct)
    {
        if (userIds.Count == 0) return new Dictionary<Guid, int>();
        var (start, end) = (from.ToUniversalTime(), to.ToUniversalTime());
        return await db.Interactions.AsNoTracking()
            .Where(i => userIds.Contains(i.UserId) && i.OccurredAt >= start && i.OccurredAt < end)
            .GroupBy(i => i.UserId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }
}
