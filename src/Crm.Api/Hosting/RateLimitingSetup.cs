using System.Threading.RateLimiting;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;

namespace Crm.Api.Hosting;

internal static class RateLimitingSetup
{
    /// <summary>Sign-in attempts per client address per minute (<c>RateLimits:LoginPerMinute</c>): slows password guessing.</summary>
    public static IServiceCollection AddCrmRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:LoginPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimitPolicies.Login, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = async (ctx, ct) =>
            {
                if (ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    ctx.HttpContext.Response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString();
                await new Error("request.rate_limited", "Too many attempts. Wait a minute and try again.", ErrorKind.TooManyRequests)
                    .ToProblem().ExecuteAsync(ctx.HttpContext);
            };
        });
        return services;
    }
}
