using Crm.Platform.Persistence;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Roles;

/// <summary>Roles by name, each with how many users hold it; optionally filtered by text in the name.</summary>
public sealed record ListRoles(string? Q, string? Cursor, int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit)
    : IQuery<Result<Page<RoleSummary>>>;

public sealed record RoleSummary(
    Guid Id,
    string Name,
    string? Description,
    IReadOnlyList<string> Permissions,
    DataScope Scope,
    bool IsSystem,
    int UserCount,
    uint Version);

internal sealed class ListRolesValidator : AbstractValidator<ListRoles>
{
    public ListRolesValidator()
    {
        RuleFor(q => q.Q).MaximumLength(100);
        RuleFor(q => q.Limit).InclusiveBetween(1, Crm.SharedKernel.Paging.Cursor.MaxLimit);
        RuleFor(q => q.Cursor).Must(Crm.SharedKernel.Paging.Cursor.IsValid).WithMessage("The cursor is not valid.");
    }
}

internal sealed class ListRolesHandler(PlatformDbContext db) : IQueryHandler<ListRoles, Result<Page<RoleSummary>>>
{
    public async ValueTask<Result<Page<RoleSummary>>> Handle(ListRoles q, CancellationToken ct)
    {
        var roles = db.Roles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var pattern = Like.Contains(q.Q);
            roles = roles.Where(r => EF.Functions.ILike(r.Name, pattern, Like.Escape));
        }
        if (Crm.SharedKernel.Paging.Cursor.TryDecode(q.Cursor, out var after) && after is not null)
            roles = roles.After(r => r.Name, after.Key ?? "", after.Id, descending: false);

        return await roles
            .OrderByKey(r => r.Name, descending: false)
            .Select(r => new RoleSummary(
                r.Id, r.Name, r.Description, r.Permissions, r.Scope, r.IsSystem,
                db.Users.Count(u => u.RoleIds.Contains(r.Id)),
                r.Version))
            .ToPageAsync(q.Limit, r => new Crm.SharedKernel.Paging.Cursor(r.Name, r.Id), ct);
    }
}
