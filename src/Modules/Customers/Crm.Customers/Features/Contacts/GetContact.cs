using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Contacts;

public sealed record GetContact(Guid Id) : IQuery<Result<ContactDetails>>;

public sealed record ContactDetails(
    Guid Id,
    string FullName,
    string? AlternateName,
    string? JobTitle,
    string? Email,
    string? Phone,
    string? Mobile,
    Guid? AccountId,
    string? AccountName,
    Address Address,
    string? Source,
    string? Notes,
    IReadOnlyList<string> Tags,
    CustomerTier Tier,
    LifecycleStage Stage,
    RelationshipStatus Relationship,
    Guid OwnerId,
    Guid? TeamId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeletedAt,
    Guid? MergedIntoId,
    uint Version,
    PurchaseFacts Purchases);

internal sealed class GetContactHandler(CustomersDbContext db, ICurrentUser user) : IQueryHandler<GetContact, Result<ContactDetails>>
{
    public async ValueTask<Result<ContactDetails>> Handle(GetContact query, CancellationToken ct) =>
        await db.Contacts.IgnoreQueryFilters().AsNoTracking().VisibleTo(user)
            .Where(c => c.Id == query.Id)
            .ToDetails(db)
            .FirstOrDefaultAsync(ct) is { } contact ? contact : CustomersErrors.ContactNotFound(query.Id);
}

/// <summary>The one projection of a contact to <see cref="ContactDetails"/>, in SQL; also used for 409 bodies.</summary>
internal static class ContactProjection
{
    /// <summary>
    /// Filter first (visibility, id), then project: EF cannot filter on a constructor-built DTO. The address is rebuilt
    /// from its columns: projecting the complex property whole makes EF read the entire row (search text and tokens too).
    /// </summary>
    public static IQueryable<ContactDetails> ToDetails(this IQueryable<Contact> contacts, CustomersDbContext db)
    {
        // The sets are locals, not db.X inside the lambda: EF reads a captured local by reflection, but evaluates
        // a member chain (closure.db.Accounts) by compiling it, a new dynamic method on every execution.
        var accounts = db.Accounts.IgnoreQueryFilters();
        var purchases = db.Purchases.Where(p => p.CancelledAt == null);
        return contacts.Select(c => new ContactDetails(
            c.Id, c.FullName, c.AlternateName, c.JobTitle, c.Email, c.Phone, c.Mobile, c.AccountId,
            accounts.Where(a => a.Id == c.AccountId).Select(a => a.Name).FirstOrDefault(),
            new Address(c.Address.Line1, c.Address.Line2, c.Address.City, c.Address.Region, c.Address.PostalCode, c.Address.Country),
            c.Source, c.Notes, c.Tags, c.Tier, c.Stage, c.Relationship, c.OwnerId, c.TeamId,
            c.CreatedAt, c.UpdatedAt, c.DeletedAt, c.MergedIntoId, c.Version,
            new PurchaseFacts(
                purchases.Where(p => p.ContactId == c.Id).Min(p => (DateTimeOffset?)p.PlacedAt),
                purchases.Where(p => p.ContactId == c.Id).Max(p => (DateTimeOffset?)p.PlacedAt),
                purchases.Count(p => p.ContactId == c.Id),
                purchases.Where(p => p.ContactId == c.Id).Sum(p => (decimal?)p.Value) ?? 0m,
                purchases.Where(p => p.ContactId == c.Id).Select(p => p.Currency).FirstOrDefault())));
    }
}
