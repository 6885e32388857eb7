using System.Text.Json.Serialization;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Customers.Features.Contacts;

/// <summary>Gives a contact to another owner and team (managers only); its interactions and tasks follow it.</summary>
public sealed record AssignContact(Guid OwnerId, Guid? TeamId, uint Version) : ICommand<Result<ContactDetails>>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class AssignContactValidator : AbstractValidator<AssignContact>
{
    public AssignContactValidator()
    {
        RuleFor(c => c.OwnerId).NotEmpty();
        RuleFor(c => c.Version).Version();
    }
}

internal sealed class AssignContactHandler(CustomersDbContext db, ICurrentUser user, RecordOwnership ownership)
    : ICommandHandler<AssignContact, Result<ContactDetails>>
{
    public async ValueTask<Result<ContactDetails>> Handle(AssignContact cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, ct);
        if (!found.IsSuccess) return found.Error;
        if (await ownership.CheckOwnerAsync(cmd.OwnerId, ct) is { } notAUser) return notAUser;

        var contact = found.Value;
        contact.AssignOwner(cmd.OwnerId, cmd.TeamId);
        await db.FollowContactAsync(contact.Id, cmd.OwnerId, cmd.TeamId, ct);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(contact.Id, ct);
    }
}
