using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Customers.Features.Contacts;

/// <summary>Moves a contact to the trash (it keeps its history and can be restored); lists show it only with <c>deleted=true</c>.</summary>
public sealed record DeleteContact(Guid Id, uint Version) : ICommand<Result<Unit>>;

internal sealed class DeleteContactValidator : AbstractValidator<DeleteContact>
{
    public DeleteContactValidator() => RuleFor(c => c.Version).Version();
}

internal sealed class DeleteContactHandler(CustomersDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<DeleteContact, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DeleteContact cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, ct);
        if (!found.IsSuccess) return found.Error;
        found.Value.Delete(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
