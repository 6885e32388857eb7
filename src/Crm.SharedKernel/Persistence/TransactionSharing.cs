using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.SharedKernel.Persistence;

/// <summary>
/// One transaction across two modules' contexts, for the rare use case that must change both atomically (Sales
/// converting a lead into a Customers contact). The calling module's unit of work owns the transaction; the other
/// module's context joins it on the same connection and never commits or rolls it back itself. Contracts pass the
/// BCL <see cref="DbTransaction"/>, so they stay free of EF Core.
/// </summary>
public static class TransactionSharing
{
    /// <summary>The open transaction of this context (the unit of work's), to hand to another module.</summary>
    public static DbTransaction OpenTransaction(this ModuleDbContext db) =>
        db.Database.CurrentTransaction?.GetDbTransaction()
        ?? throw new InvalidOperationException($"{db.GetType().Name} has no open transaction; run this inside a command.");

    /// <summary>Makes <paramref name="db"/> use the caller's connection and transaction (a no-op when it already does).</summary>
    public static async Task JoinAsync(this ModuleDbContext db, DbTransaction transaction, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction?.GetDbTransaction() == transaction) return;
        if (db.Database.CurrentTransaction is not null)
            throw new InvalidOperationException($"{db.GetType().Name} is already in another transaction.");
        db.Database.SetDbConnection(transaction.Connection, contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(transaction, ct);
    }
}
