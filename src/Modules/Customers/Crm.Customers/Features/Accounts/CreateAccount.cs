using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;

namespace Crm.Customers.Features.Accounts;

public sealed record CreateAccount(
    string Name,
    string? AlternateName = null,
    string? Industry = null,
    string? Website = null,
    string? Email = null,
    string? Phone = null,
    Address? Address = null,
    string? Source = null,
    string? Notes = null,
    IReadOnlyList<string>? Tags = null,
    CustomerTier? Tier = null,
    LifecycleStage? Stage = null,
    RelationshipStatus? Relationship = null,
    Guid? OwnerId = null,
    Guid? TeamId = null,
    bool AllowDuplicate = false) : ICommand<Result<AccountCreated>>, IAccountFields;

public sealed record AccountCreated(Guid Id, uint Version);

internal sealed class CreateAccountValidator : AbstractValidator<CreateAccount>
{
    public CreateAccountValidator()
    {
        Include(new AccountFieldsValidator());
        RuleFor(a => a.Tier).IsInEnum();
        RuleFor(a => a.Stage).IsInEnum();
        RuleFor(a => a.Relationship).IsInEnum();
    }
}

internal sealed class CreateAccountHandler(CustomersDbContext db, DuplicateFinder duplicates, RecordOwnership ownership)
    : ICommandHandler<CreateAccount, Result<AccountCreated>>
{
    public async ValueTask<Result<AccountCreated>> Handle(CreateAccount cmd, CancellationToken ct)
    {
        var owner = await ownership.ResolveAsync(cmd.OwnerId, cmd.TeamId, ct);
        if (!owner.IsSuccess) return owner.Error;

        if (!cmd.AllowDuplicate && await duplicates.FindAccountsAsync(cmd.Name, cmd.Email, cmd.Phone, null, ct) is { Count: > 0 } found)
            return CustomersErrors.PossibleDuplicates(found);

        var account = Account.Create(cmd.Name, cmd.AlternateName, owner.Value.OwnerId, owner.Value.TeamId);
        account.Update(cmd.Name, cmd.AlternateName, cmd.Industry, cmd.Website, cmd.Email, cmd.Phone, cmd.Address, cmd.Source, cmd.Notes);
        account.SetTags(cmd.Tags ?? []);
        account.Classify(cmd.Tier, cmd.Stage, cmd.Relationship);
        db.Accounts.Add(account);
        await db.SaveChangesAsync(ct);
        return new AccountCreated(account.Id, account.Version);
    }
}
