using System.Diagnostics;
using System.Text.Json;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Results;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Hosting;

/// <summary>
/// Every error response is an RFC 9457 problem with a stable <c>type</c> and <c>code</c> and the trace id:
/// expected failures come from <see cref="ErrorProblems"/>; bodiless statuses (401, 403, 404, 405, 415, 429)
/// get one here; exceptions are mapped by <see cref="CrmExceptionHandler"/>.
/// </summary>
internal static class ProblemDetailsSetup
{
    private static readonly Dictionary<int, string> CodesByStatus = new()
    {
        [400] = "request.invalid",
        [401] = "auth.unauthenticated",
        [403] = "auth.forbidden",
        [404] = "request.not_found",
        [405] = "request.method_not_allowed",
        [409] = "request.conflict",
        [413] = "request.too_large",
        [415] = "request.unsupported_media_type",
        [429] = "request.rate_limited",
        [500] = "server.error",
    };

    public static IServiceCollection AddCrmProblemDetails(this IServiceCollection services)
    {
        services.AddExceptionHandler<CrmExceptionHandler>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var problem = ctx.ProblemDetails;
            problem.Extensions["traceId"] = Activity.Current?.Id ?? ctx.HttpContext.TraceIdentifier;
            if (problem.Type is null || !problem.Type.StartsWith(ErrorProblems.TypeBase, StringComparison.Ordinal))
            {
                var code = CodesByStatus.GetValueOrDefault(problem.Status ?? 500, "request.error");
                problem.Type = ErrorProblems.TypeBase + code;
                problem.Extensions["code"] = code;
            }
        });
        return services;
    }
}

/// <summary>
/// Exceptions that are the client's doing become 4xx problems (malformed JSON, a body too large, a write
/// that lost a race); anything else is a 500 with a trace id and no internals.
/// </summary>
internal sealed class CrmExceptionHandler(IProblemDetailsService problems, ILogger<CrmExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                new Error("request.too_large", "The request body is too large.", ErrorKind.Validation).ToProblemDetails(),
            BadHttpRequestException bad =>
                Malformed(bad.InnerException is JsonException json ? $"The JSON body is malformed: {json.Message}" : bad.Message),
            JsonException json => Malformed($"The JSON body is malformed: {json.Message}"),
            DbUpdateConcurrencyException =>
                Error.Conflict("concurrency.stale_version", "The record was changed by someone else. Reload it and apply your change again.")
                    .ToProblemDetails(),
            OperationCanceledException when http.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };
        if (problem is null)
        {
            if (http.RequestAborted.IsCancellationRequested) return true;
            log.LogError(exception, "Unhandled exception for {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Detail = "The error was logged. Quote the trace id when you report it.",
            };
        }
        // A 400 from a bad request body is stated plainly; the client has nothing to retry.
        problem.Status ??= StatusCodes.Status400BadRequest;
        http.Response.StatusCode = problem.Status.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Malformed(string detail) =>
        new Error("request.malformed", detail, ErrorKind.Validation).ToProblemDetails();
}
