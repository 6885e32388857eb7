using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Crm.SharedKernel.Security;

/// <summary>Reads the caller from the validated access token's claims.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public Guid Id => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? Principal.FindFirstValue("sub"), out var id)
        ? id : Guid.Empty;

    public string Kind => Principal.FindFirstValue(CrmClaims.Kind) ?? PrincipalKinds.Staff;

    public DataScope Scope => Enum.TryParse<DataScope>(Principal.FindFirstValue(CrmClaims.Scope), out var s) ? s : DataScope.Own;

    public IReadOnlyCollection<Guid> TeamIds =>
        [.. Principal.FindAll(CrmClaims.Team).Select(c => Guid.TryParse(c.Value, out var t) ? t : Guid.Empty).Where(t => t != Guid.Empty)];

    public bool HasPermission(string permission) => Principal.HasClaim(CrmClaims.Permission, permission);
}

/// <summary>The system itself (background workers, seeding): sees everything, owns what it creates.</summary>
public sealed class SystemUser : ICurrentUser
{
    public static readonly Guid SystemId = Guid.Empty;
    public bool IsAuthenticated => true;
    public Guid Id => SystemId;
    public string Kind => "system";
    public DataScope Scope => DataScope.All;
    public IReadOnlyCollection<Guid> TeamIds => [];
    public bool HasPermission(string permission) => true;
}
