using System.Text.Json.Serialization;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Customers.Features.Accounts;

/// <summary>
/// Gives an account to another owner and team (managers only); its own interactions and tasks follow it. Its
/// contacts keep their owners: a contact is assigned on its own.
/// </summary>
public sealed record AssignAccount(Guid OwnerId, Guid? TeamId, uint Version) : ICommand<Result<AccountDetails>>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class AssignAccountValidator : AbstractValidator<AssignAccount>
{
    public AssignAccountValidator()
    {
        RuleFor(a => a.OwnerId).NotEmpty();
        RuleFor(a => a.Version).Version();
    }
}

internal sealed class AssignAccountHandler(CustomersDbContext db, ICurrentUser user, RecordOwnership ownership)
    : ICommandHandler<AssignAccount, Result<AccountDetails>>
{
    public async ValueTask<Result<AccountDetails>> Handle(AssignAccount cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, ct);
        if (!found.IsSuccess) return found.Error;
        if (await ownership.CheckOwnerAsync(cmd.OwnerId, ct) is { } notAUser) return notAUser;

        var account = found.Value;
        account.AssignOwner(cmd.OwnerId, cmd.TeamId);
        await db.FollowAccountAsync(account.Id, cmd.OwnerId, cmd.TeamId, ct);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(account.Id, user, ct);
    }
}
