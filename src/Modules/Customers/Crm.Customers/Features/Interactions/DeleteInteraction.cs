using Crm.Customers.Contracts;
using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Interactions;

/// <summary>Deletes an interaction logged by mistake, and its timeline line. Only its author or a manager may.</summary>
public sealed record DeleteInteraction(Guid Id, uint? Version) : ICommand<Result<Unit>>;

internal sealed class DeleteInteractionValidator : AbstractValidator<DeleteInteraction>
{
    public DeleteInteractionValidator() =>
        RuleFor(i => i.Version).NotNull().WithMessage("Send the version you last read, as ?version= or an If-Match header.");
}

internal sealed class DeleteInteractionHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users)
    : ICommandHandler<DeleteInteraction, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DeleteInteraction cmd, CancellationToken ct)
    {
        var interaction = await db.Interactions.VisibleTo(user).FirstOrDefaultAsync(i => i.Id == cmd.Id, ct);
        if (interaction is null) return CustomersErrors.InteractionNotFound(cmd.Id);
        if (!interaction.MayBeDeletedBy(user.Id, user.HasPermission(CustomersPermissions.Manage)))
            return CustomersErrors.InteractionDeleteForbidden;
        var version = cmd.Version!.Value;
        if (interaction.Version != version)
            return Error.StaleVersion("interaction", interaction.Version, await db.CurrentInteractionAsync(interaction.Id, users, ct));
        db.Entry(interaction).Property(i => i.Version).OriginalValue = version;

        db.Interactions.Remove(interaction);
        db.Timeline.RemoveRange(await db.Timeline
            .Where(t => t.SourceId == interaction.Id && t.Kind == TimelineKinds.InteractionLogged).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
