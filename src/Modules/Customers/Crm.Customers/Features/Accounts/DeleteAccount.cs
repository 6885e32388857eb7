using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Customers.Features.Accounts;

/// <summary>
/// Moves an account to the trash (it keeps its history and can be restored); lists show it only with
/// <c>deleted=true</c>. Its contacts stay as they are and still show the account's name.
/// </summary>
public sealed record DeleteAccount(Guid Id, uint Version) : ICommand<Result<Unit>>;

internal sealed class DeleteAccountValidator : AbstractValidator<DeleteAccount>
{
    public DeleteAccountValidator() => RuleFor(a => a.Version).Version();
}

internal sealed class DeleteAccountHandler(CustomersDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<DeleteAccount, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DeleteAccount cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, ct);
        if (!found.IsSuccess) return found.Error;
        found.Value.Delete(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
