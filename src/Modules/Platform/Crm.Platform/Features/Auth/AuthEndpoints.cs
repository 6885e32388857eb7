using Crm.SharedKernel.Http;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Platform.Features.Auth;

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder platform)
    {
        var auth = platform.MapGroup("/auth").WithTags("Auth");

        auth.MapPost("/login", async (Login cmd, ISender sender, CancellationToken ct) => (await sender.Send(cmd, ct)).ToOk())
            .WithName(nameof(Login))
            .WithSummary("Sign in with email and password; returns an access token and a refresh token.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Login)
            .Produces<SessionTokens>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status423Locked)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/refresh", async (RefreshSession cmd, ISender sender, CancellationToken ct) => (await sender.Send(cmd, ct)).ToOk())
            .WithName(nameof(RefreshSession))
            .WithSummary("Rotate the refresh token and get a new access token. Reusing an old refresh token ends the sign-in.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Login)
            .Produces<SessionTokens>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        auth.MapPost("/logout", async (Logout cmd, ISender sender, CancellationToken ct) => (await sender.Send(cmd, ct)).ToNoContent())
            .WithName(nameof(Logout))
            .WithSummary("End the sign-in that owns this refresh token.")
            .AllowAnonymous()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();

        auth.MapPost("/change-password", async (ChangePassword cmd, ISender sender, CancellationToken ct) => (await sender.Send(cmd, ct)).ToNoContent())
            .WithName(nameof(ChangePassword))
            .WithSummary("Change your own password; every session is signed out.")
            .RequireSignedIn()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();

        platform.MapGet("/me", async (ISender sender, CancellationToken ct) => (await sender.Send(new GetCurrentUser(), ct)).ToOk())
            .WithTags("Auth")
            .WithName(nameof(GetCurrentUser))
            .WithSummary("The signed-in user, their roles, permissions, data scope and teams.")
            .RequireSignedIn()
            .Produces<CurrentUser>();
    }
}
