using Crm.SharedKernel.Domain;
using Crm.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Shared;

/// <summary>How every write to a versioned Sales record starts: check the version the client read.</summary>
internal static class Versions
{
    /// <summary>
    /// Null when <paramref name="version"/> is current (and makes it the save's concurrency token, so a write landing
    /// between this read and the save is caught too); else the 409 with the record as it is now.
    /// </summary>
    public static async Task<Error?> CheckAsync<T>(this DbContext db, T record, uint version, string entity, Func<Task<object?>> current)
        where T : AggregateRoot
    {
        if (record.Version != version) return Error.StaleVersion(entity, record.Version, await current());
        db.Entry(record).Property(r => r.Version).OriginalValue = version;
        return null;
    }
}
