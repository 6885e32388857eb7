using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Contacts;

public sealed record CreateContact(
    string FullName,
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
    CustomerTier? Tier = null,
    LifecycleStage? Stage = null,
    RelationshipStatus? Relationship = null,
    Guid? OwnerId = null,
    Guid? TeamId = null,
    bool AllowDuplicate = false) : ICommand<Result<ContactCreated>>, IContactFields;

public sealed record ContactCreated(Guid Id, uint Version);

internal sealed class CreateContactValidator : AbstractValidator<CreateContact>
{
    public CreateContactValidator()
    {
        Include(new ContactFieldsValidator());
        RuleFor(c => c.Tags).Tags();
        RuleFor(c => c.Tier).IsInEnum();
        RuleFor(c => c.Stage).IsInEnum();
        RuleFor(c => c.Relationship).IsInEnum();
    }
}

internal sealed class CreateContactHandler(CustomersDbContext db, ICurrentUser user, DuplicateFinder duplicates, RecordOwnership ownership)
    : ICommandHandler<CreateContact, Result<ContactCreated>>
{
    public async ValueTask<Result<ContactCreated>> Handle(CreateContact cmd, CancellationToken ct)
    {
        if (cmd.AccountId is { } accountId && !await db.Accounts.VisibleTo(user).AnyAsync(a => a.Id == accountId, ct))
            return Error.Validation("accountId", "The account does not exist or you cannot see it.");

        var owner = await ownership.ResolveAsync(cmd.OwnerId, cmd.TeamId, ct);
        if (!owner.IsSuccess) return owner.Error;

        if (!cmd.AllowDuplicate && await duplicates.FindContactsAsync(cmd.FullName, cmd.Email, cmd.Phone ?? cmd.Mobile, cmd.AccountId, null, ct) is { Count: > 0 } found)
            return CustomersErrors.PossibleDuplicates(found);

        var contact = Contact.Create(cmd.FullName, cmd.AlternateName, cmd.AccountId, owner.Value.OwnerId, owner.Value.TeamId);
        contact.Update(cmd.FullName, cmd.AlternateName, cmd.JobTitle, cmd.Email, cmd.Phone, cmd.Mobile, cmd.AccountId, cmd.Address, cmd.Source, cmd.Notes);
        contact.SetTags(cmd.Tags ?? []);
        contact.Classify(cmd.Tier, cmd.Stage, cmd.Relationship);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(ct);
        return new ContactCreated(contact.Id, contact.Version);
    }
}
