using Crm.SharedKernel.Domain;
using Crm.SharedKernel.Security;

namespace Crm.Platform.Domain;

/// <summary>A named set of permissions (<c>customers.read</c>, …) and the scope of records its users see.</summary>
internal sealed class Role : AggregateRoot
{
    /// <summary>The built-in role that can do everything; it is what keeps the system administrable.</summary>
    public const string AdministratorName = "Administrator";

    private Role() { }

    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public List<string> Permissions { get; private set; } = [];
    public DataScope Scope { get; private set; }
    /// <summary>Built-in roles cannot be deleted (the administrator must always exist).</summary>
    public bool IsSystem { get; private set; }

    public bool IsAdministrator => IsSystem && Name == AdministratorName;

    public static Role Create(string name, string? description, IEnumerable<string> permissions, DataScope scope, bool isSystem = false) => new()
    {
        Name = name.Trim(),
        Description = description,
        Permissions = [.. permissions.Distinct().Order()],
        Scope = scope,
        IsSystem = isSystem,
    };

    /// <summary>
    /// The Administrator role keeps its name, every permission and scope All: otherwise no one could be sure
    /// to administer the system (and a renamed one would no longer be recognised). Its description may change.
    /// </summary>
    public bool AllowsUpdate(string name, IEnumerable<string> permissions, DataScope scope) =>
        !IsAdministrator || (name.Trim() == Name && scope == DataScope.All && PermissionCatalog.All.SetEquals(permissions));

    public void Update(string name, string? description, IEnumerable<string> permissions, DataScope scope)
    {
        Name = name.Trim();
        Description = description;
        Permissions = [.. permissions.Distinct().Order()];
        Scope = scope;
    }
}
