using System.Text.Json.Serialization;
using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Roles;

/// <summary>
/// Replaces a role's name, description, permissions and scope. Holders get the new permissions when their
/// access token is next refreshed. The Administrator role can only change its description.
/// </summary>
public sealed record UpdateRole(string Name, string? Description, IReadOnlyList<string> Permissions, DataScope Scope, uint Version)
    : ICommand<Result<RoleDetails>>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdateRoleValidator : AbstractValidator<UpdateRole>
{
    public UpdateRoleValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Description).MaximumLength(500);
        RuleFor(c => c.Permissions).NotNull();
        RuleForEach(c => c.Permissions).Must(PermissionCatalog.All.Contains)
            .WithMessage(p => $"Unknown permission. Known: {string.Join(", ", PermissionCatalog.All)}.");
        RuleFor(c => c.Scope).IsInEnum();
        RuleFor(c => c.Version).NotEqual(0u).WithMessage("Send the version you read (body or If-Match).");
    }
}

internal sealed class UpdateRoleHandler(PlatformDbContext db) : ICommandHandler<UpdateRole, Result<RoleDetails>>
{
    public async ValueTask<Result<RoleDetails>> Handle(UpdateRole cmd, CancellationToken ct)
    {
        var role = await db.Roles.SingleOrDefaultAsync(r => r.Id == cmd.Id, ct);
        if (role is null) return PlatformErrors.RoleNotFound(cmd.Id);
        if (role.Version != cmd.Version) return Error.StaleVersion("role", role.Version, await db.RoleDetailsAsync(role.Id, ct));
        // Also catches a change that lands between this read and the save.
        db.Entry(role).Property(r => r.Version).OriginalValue = cmd.Version;

        if (!role.AllowsUpdate(cmd.Name, cmd.Permissions, cmd.Scope)) return PlatformErrors.AdministratorRoleFixed;
        var name = cmd.Name.Trim();
        if (await db.Roles.AnyAsync(r => r.Name == name && r.Id != role.Id, ct)) return PlatformErrors.NameTaken("role", name);

        role.Update(name, cmd.Description, cmd.Permissions, cmd.Scope);
        await db.SaveChangesAsync(ct);
        return await db.RoleDetailsAsync(role.Id, ct);
    }
}
