using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Contacts;

/// <summary>How every write to a contact starts: find it in the caller's scope, then check the version they read.</summary>
internal static class ContactAccess
{
    /// <summary>
    /// The live contact, tracked, if the caller can see it (404 otherwise) and <paramref name="version"/> is current
    /// (409 with the current contact otherwise). The version also becomes the concurrency token of the save, so a
    /// write that lands between this read and the save is caught too.
    /// </summary>
    public static async Task<Result<Contact>> FindForWriteAsync(this CustomersDbContext db, ICurrentUser user, Guid id, uint version,
        CancellationToken ct)
    {
        var contact = await db.Contacts.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contact is null) return CustomersErrors.ContactNotFound(id);
        if (contact.Version != version) return await db.StaleAsync(contact, ct);
        db.Entry(contact).Property(c => c.Version).OriginalValue = version;
        return contact;
    }

    /// <summary>The 409 for a stale version, carrying the contact as it is now so the client can re-apply its change.</summary>
    public static async Task<Error> StaleAsync(this CustomersDbContext db, Contact contact, CancellationToken ct) =>
        Error.StaleVersion("contact", contact.Version, await db.DetailsAsync(contact.Id, ct));

    /// <summary>The contact as the API shows it, whatever its state (read back after a write).</summary>
    public static Task<ContactDetails> DetailsAsync(this CustomersDbContext db, Guid id, CancellationToken ct) =>
        db.Contacts.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == id).ToDetails(db).FirstAsync(ct);
}
