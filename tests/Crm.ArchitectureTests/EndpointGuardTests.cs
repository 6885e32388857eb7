using Crm.SharedKernel.Security;
using Crm.TestKit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.ArchitectureTests;

/// <summary>
/// Walks every endpoint the host serves: each one requires a signed-in caller with a named permission, is a
/// self-service endpoint for the caller's own data, or is explicitly anonymous. A new endpoint that forgets
/// its guard fails here, not in production.
/// </summary>
public sealed class EndpointGuardTests(CrmApp app) : IClassFixture<CrmApp>
{
    [Fact]
    public void Every_endpoint_requires_a_permission_or_is_explicitly_anonymous()
    {
        var endpoints = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);

        var unguarded = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0
                        || (e.Metadata.GetMetadata<RequiredPermission>() is null && e.Metadata.GetMetadata<SelfService>() is null))
            .Select(e => $"{string.Join(",", e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}")
            .ToList();
        Assert.True(unguarded.Count == 0, "Unguarded endpoints: " + string.Join("; ", unguarded));
    }

    /// <summary>The SPA's client-side routes and the 404 for unknown API paths (SpaSetup): not operations.</summary>
    private static readonly HashSet<string?> SpaFallbacks = ["{**path:nonfile}", "/api/{**path}"];

    [Fact]
    public void Every_api_endpoint_has_an_operation_name_and_lives_under_api_v1()
    {
        var endpoints = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/health", StringComparison.Ordinal) && !SpaFallbacks.Contains(e.RoutePattern.RawText))
            .ToList();

        var wrong = endpoints
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is null || !e.RoutePattern.RawText!.StartsWith("/api/v1/", StringComparison.Ordinal))
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        Assert.True(wrong.Count == 0, "Name them with WithName and route them under /api/v1: " + string.Join("; ", wrong));
    }
}
