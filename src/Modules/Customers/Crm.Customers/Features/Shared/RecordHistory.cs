using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Shared;

/// <summary>What a record's histories share: they outlive the trash, and a survivor's include the records merged into it.</summary>
internal static class RecordHistory
{
    /// <summary>Whether the caller may see the record, live or in the trash. The check is ours: the history stores do not know Customers' scopes.</summary>
    public static Task<bool> CanSeeAsync<T>(this CustomersDbContext db, ICurrentUser user, Guid id, CancellationToken ct) where T : CustomerRecord =>
        db.Set<T>().IgnoreQueryFilters().VisibleTo(user).AnyAsync(r => r.Id == id, ct);

    /// <summary>The record's id and those of the records merged into it, so a merge loses no history.</summary>
    public static async Task<List<Guid>> WithMergedAsync<T>(this CustomersDbContext db, Guid id, CancellationToken ct) where T : CustomerRecord =>
        [id, .. await db.Set<T>().IgnoreQueryFilters().Where(r => r.MergedIntoId == id).Select(r => r.Id).ToListAsync(ct)];
}
