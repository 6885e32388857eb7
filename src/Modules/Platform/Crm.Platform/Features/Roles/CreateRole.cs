using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Roles;

public sealed record CreateRole(string Name, string? Description, IReadOnlyList<string> Permissions, DataScope Scope)
    : ICommand<Result<RoleCreated>>;

public sealed record RoleCreated(Guid Id, uint Version);

internal sealed class CreateRoleValidator : AbstractValidator<CreateRole>
{
    public CreateRoleValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Description).MaximumLength(500);
        RuleFor(c => c.Permissions).NotNull();
        RuleForEach(c => c.Permissions).Must(PermissionCatalog.All.Contains)
            .WithMessage(p => $"Unknown permission. Known: {string.Join(", ", PermissionCatalog.All)}.");
        RuleFor(c => c.Scope).IsInEnum();
    }
}

internal sealed class CreateRoleHandler(PlatformDbContext db) : ICommandHandler<CreateRole, Result<RoleCreated>>
{
    public async ValueTask<Result<RoleCreated>> Handle(CreateRole cmd, CancellationToken ct)
    {
        var name = cmd.Name.Trim();
        if (await db.Roles.AnyAsync(r => r.Name == name, ct)) return PlatformErrors.NameTaken("role", name);
        var role = Role.Create(name, cmd.Description, cmd.Permissions, cmd.Scope);
        db.Roles.Add(role);
        await db.SaveChangesAsync(ct);
        return new RoleCreated(role.Id, role.Version);
    }
}
