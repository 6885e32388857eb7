using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;

namespace Crm.Platform.Features.Roles;

/// <summary>Every permission a role can grant, for the role editor: one per module and level.</summary>
public sealed record ListPermissions : IQuery<Result<IReadOnlyList<PermissionDescriptor>>>;

/// <summary>A permission such as <c>customers.write</c>: its module, its level (read, write, manage) and its full name.</summary>
public sealed record PermissionDescriptor(string Module, string Level, string Name);

internal sealed class ListPermissionsHandler : IQueryHandler<ListPermissions, Result<IReadOnlyList<PermissionDescriptor>>>
{
    // The catalogue is fixed at compile time; build the answer once.
    private static readonly IReadOnlyList<PermissionDescriptor> Catalogue =
        [.. PermissionCatalog.Modules.SelectMany(m => PermissionCatalog.Levels.Select(l => new PermissionDescriptor(m, l, $"{m}.{l}")))];

    public ValueTask<Result<IReadOnlyList<PermissionDescriptor>>> Handle(ListPermissions query, CancellationToken ct) =>
        ValueTask.FromResult(Result<IReadOnlyList<PermissionDescriptor>>.Ok(Catalogue));
}
