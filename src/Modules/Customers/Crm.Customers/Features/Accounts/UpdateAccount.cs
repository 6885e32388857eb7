using System.Text.Json.Serialization;
using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Customers.Features.Accounts;

/// <summary>
/// Replaces an account's editable fields (omitted ones become empty). Classification, owner and trash have
/// their own requests. A changed name, email or phone is checked for duplicates like a new account.
/// </summary>
public sealed record UpdateAccount(
    string Name,
    uint Version,
    string? AlternateName = null,
    string? Industry = null,
    string? Website = null,
    string? Email = null,
    string? Phone = null,
    Address? Address = null,
    string? Source = null,
    string? Notes = null,
    IReadOnlyList<string>? Tags = null,
    bool AllowDuplicate = false) : ICommand<Result<AccountDetails>>, IAccountFields
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdateAccountValidator : AbstractValidator<UpdateAccount>
{
    public UpdateAccountValidator()
    {
        Include(new AccountFieldsValidator());
        RuleFor(a => a.Version).Version();
    }
}

internal sealed class UpdateAccountHandler(CustomersDbContext db, ICurrentUser user, DuplicateFinder duplicates)
    : ICommandHandler<UpdateAccount, Result<AccountDetails>>
{
    public async ValueTask<Result<AccountDetails>> Handle(UpdateAccount cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, ct);
        if (!found.IsSuccess) return found.Error;
        var account = found.Value;

        if (account.IdentityChanges(cmd.Name, cmd.Email, cmd.Phone) && !cmd.AllowDuplicate
            && await duplicates.FindAccountsAsync(cmd.Name, cmd.Email, cmd.Phone, account.Id, ct) is { Count: > 0 } similar)
            return CustomersErrors.PossibleDuplicates(similar);

        account.Update(cmd.Name, cmd.AlternateName, cmd.Industry, cmd.Website, cmd.Email, cmd.Phone, cmd.Address, cmd.Source, cmd.Notes);
        account.SetTags(cmd.Tags ?? []);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(account.Id, user, ct);
    }
}
