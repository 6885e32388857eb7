using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Accounts;

public sealed record GetAccount(Guid Id) : IQuery<Result<AccountDetails>>;

public sealed record AccountDetails(
    Guid Id,
    string Name,
    string? AlternateName,
    string? Industry,
    string? Website,
    string? Email,
    string? Phone,
    Address Address,
    string? Source,
    string? Notes,
    IReadOnlyList<string> Tags,
    CustomerTier Tier,
    LifecycleStage Stage,
    RelationshipStatus Relationship,
    Guid OwnerId,
    Guid? TeamId,
    int ContactCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeletedAt,
    Guid? MergedIntoId,
    uint Version,
    PurchaseFacts Purchases);

internal sealed class GetAccountHandler(CustomersDbContext db, ICurrentUser user) : IQueryHandler<GetAccount, Result<AccountDetails>>
{
    public async ValueTask<Result<AccountDetails>> Handle(GetAccount query, CancellationToken ct) =>
        await db.Accounts.IgnoreQueryFilters().AsNoTracking().VisibleTo(user)
            .Where(a => a.Id == query.Id)
            .ToDetails(db, user)
            .FirstOrDefaultAsync(ct) is { } account ? account : CustomersErrors.AccountNotFound(query.Id);
}

/// <summary>The one projection of an account to <see cref="AccountDetails"/>, in SQL; also used for 409 bodies.</summary>
internal static class AccountProjection
{
    /// <summary>
    /// Filter first (visibility, id), then project. The contact count is of the live contacts the caller may
    /// see, so it never hints at records outside their scope. Its trash condition is explicit because reading a
    /// deleted account (IgnoreQueryFilters) switches the global filter off for the whole query.
    /// </summary>
    public static IQueryable<AccountDetails> ToDetails(this IQueryable<Account> accounts, CustomersDbContext db, ICurrentUser user)
    {
        var contacts = db.Contacts.VisibleTo(user);
        return accounts.Select(a => new AccountDetails(
            a.Id, a.Name, a.AlternateName, a.Industry, a.Website, a.Email, a.Phone,
            // Rebuilt from its columns: projecting the complex property whole makes EF read the entire row.
            new Address(a.Address.Line1, a.Address.Line2, a.Address.City, a.Address.Region, a.Address.PostalCode, a.Address.Country),
            a.Source, a.Notes, a.Tags,
            a.Tier, a.Stage, a.Relationship, a.OwnerId, a.TeamId,
            contacts.Count(c => c.AccountId == a.Id && c.DeletedAt == null),
            a.CreatedAt, a.UpdatedAt, a.DeletedAt, a.MergedIntoId, a.Version,
            new PurchaseFacts(
                db.Purchases.Where(p => p.AccountId == a.Id && p.CancelledAt == null).Min(p => (DateTimeOffset?)p.PlacedAt),
                db.Purchases.Where(p => p.AccountId == a.Id && p.CancelledAt == null).Max(p => (DateTimeOffset?)p.PlacedAt),
                db.Purchases.Count(p => p.AccountId == a.Id && p.CancelledAt == null),
                db.Purchases.Where(p => p.AccountId == a.Id && p.CancelledAt == null).Sum(p => (decimal?)p.Value) ?? 0m,
                db.Purchases.Where(p => p.AccountId == a.Id && p.CancelledAt == null).Select(p => p.Currency).FirstOrDefault())));
    }
}
