using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Roles;

/// <summary>Deletes a role nobody holds. Built-in roles stay.</summary>
public sealed record DeleteRole(Guid Id, uint? Version) : ICommand<Result<Unit>>;

internal sealed class DeleteRoleValidator : AbstractValidator<DeleteRole>
{
    public DeleteRoleValidator() =>
        RuleFor(c => c.Version).Must(v => v is > 0).WithMessage("Send the version you read (?version= or If-Match).");
}

internal sealed class DeleteRoleHandler(PlatformDbContext db) : ICommandHandler<DeleteRole, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DeleteRole cmd, CancellationToken ct)
    {
        var role = await db.Roles.SingleOrDefaultAsync(r => r.Id == cmd.Id, ct);
        if (role is null) return PlatformErrors.RoleNotFound(cmd.Id);
        if (role.IsSystem) return PlatformErrors.SystemRole;
        if (role.Version != cmd.Version) return Error.StaleVersion("role", role.Version, await db.RoleDetailsAsync(role.Id, ct));
        // Also catches a change that lands between this read and the delete.
        db.Entry(role).Property(r => r.Version).OriginalValue = cmd.Version!.Value;

        var holders = await db.Users.WithRole(role.Id).CountAsync(ct);
        if (holders > 0) return PlatformErrors.RoleInUse(holders);

        db.Roles.Remove(role);
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
