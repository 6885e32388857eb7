using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Crm.SharedKernel.Security;

/// <summary>Endpoint metadata naming the permission an endpoint needs; the architecture tests read it.</summary>
public sealed record RequiredPermission(string Name);

public static class PermissionEndpointExtensions
{
    /// <summary>Requires an authenticated caller whose token carries <paramref name="permission"/> (else 401/403).</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder
            .RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireClaim(CrmClaims.Permission, permission))
            .WithMetadata(new RequiredPermission(permission));
}

/// <summary>Marks an endpoint any signed-in user may call about themselves (their profile, their password).</summary>
public sealed record SelfService;

public static class SelfServiceEndpointExtensions
{
    public static TBuilder RequireSignedIn<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy.RequireAuthenticatedUser()).WithMetadata(new SelfService());
}

/// <summary>Rate-limiter policy names the host defines and modules use.</summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in and token refresh: a few attempts per minute per client address.</summary>
    public const string Login = "login";
}
