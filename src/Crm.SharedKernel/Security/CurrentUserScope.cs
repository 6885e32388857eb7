using Microsoft.AspNetCore.Http;

namespace Crm.SharedKernel.Security;

/// <summary>
/// Resolves <see cref="ICurrentUser"/> for a DI scope: the HTTP caller, unless code running outside a request
/// (demo data, background jobs) has said whom it acts for with <see cref="RunAs"/>.
/// </summary>
public sealed class CurrentUserScope(IHttpContextAccessor accessor)
{
    private ICurrentUser? _actingUser;

    public void RunAs(ICurrentUser user) => _actingUser = user;

    public ICurrentUser Current => _actingUser ?? new HttpCurrentUser(accessor);
}

/// <summary>A fixed principal for work done on someone's behalf outside a request.</summary>
public sealed record ActingUser(Guid Id, DataScope Scope, IReadOnlyCollection<Guid> TeamIds, IReadOnlySet<string> Permissions) : ICurrentUser
{
    public bool IsAuthenticated => true;
    public string Kind => PrincipalKinds.Staff;
    public bool HasPermission(string permission) => Permissions.Contains(permission);
}
