using System.Text.Json.Serialization;
using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Contacts;

/// <summary>
/// Replaces a contact's editable fields (omitted ones become empty). Classification, owner and trash have
/// their own requests. A changed name, email or phone is checked for duplicates like a new contact.
/// </summary>
public sealed record UpdateContact(
    string FullName,
    uint Version,
    string? AlternateName = null,
    string? JobTitle = null,
    string? Email = null,
    string? Phone = null,
    string? Mobile = null,
    Guid? AccountId = null,
    Address? Address = null,
    string? Source = null,
    string? Notes = null,
    IReadOnlyList<string>? Tags = null,
    bool AllowDuplicate = false) : ICommand<Result<ContactDetails>>, IContactFields
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdateContactValidator : AbstractValidator<UpdateContact>
{
    public UpdateContactValidator()
    {
        Include(new ContactFieldsValidator());
        RuleFor(c => c.Tags).Tags();
        RuleFor(c => c.Version).Version();
    }
}

internal sealed class UpdateContactHandler(CustomersDbContext db, ICurrentUser user, DuplicateFinder duplicates)
    : ICommandHandler<UpdateContact, Result<ContactDetails>>
{
    public async ValueTask<Result<ContactDetails>> Handle(UpdateContact cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, ct);
        if (!found.IsSuccess) return found.Error;
        var contact = found.Value;

        if (cmd.AccountId is { } accountId && accountId != contact.AccountId
            && !await db.Accounts.VisibleTo(user).AnyAsync(a => a.Id == accountId, ct))
            return Error.Validation("accountId", "The account does not exist or you cannot see it.");

        if (contact.IdentityChanges(cmd.FullName, cmd.Email, cmd.Phone, cmd.Mobile) && !cmd.AllowDuplicate
            && await duplicates.FindContactsAsync(cmd.FullName, cmd.Email, cmd.Phone ?? cmd.Mobile, cmd.AccountId, contact.Id, ct) is { Count: > 0 } similar)
            return CustomersErrors.PossibleDuplicates(similar);

        contact.Update(cmd.FullName, cmd.AlternateName, cmd.JobTitle, cmd.Email, cmd.Phone, cmd.Mobile, cmd.AccountId, cmd.Address,
            cmd.Source, cmd.Notes);
        contact.SetTags(cmd.Tags ?? []);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(contact.Id, ct);
    }
}
