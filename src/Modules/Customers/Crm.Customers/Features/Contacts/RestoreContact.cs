using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Contacts;

/// <summary>
/// Takes a contact out of the trash (a merged-away contact too: it comes back on its own, while what the merge
/// moved stays with the survivor). Restoring a live contact changes nothing.
/// </summary>
public sealed record RestoreContact(Guid Id) : ICommand<Result<ContactDetails>>;

internal sealed class RestoreContactHandler(CustomersDbContext db, ICurrentUser user) : ICommandHandler<RestoreContact, Result<ContactDetails>>
{
    public async ValueTask<Result<ContactDetails>> Handle(RestoreContact cmd, CancellationToken ct)
    {
        var contact = await db.Contacts.IgnoreQueryFilters().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == cmd.Id, ct);
        if (contact is null) return CustomersErrors.ContactNotFound(cmd.Id);
        if (contact.IsDeleted)
        {
            contact.Restore();
            await db.SaveChangesAsync(ct);
        }
        return await db.DetailsAsync(contact.Id, ct);
    }
}
