using Crm.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crm.SharedKernel.Http;

/// <summary>The one place an <see cref="Error"/> becomes an RFC 9457 problem: stable type URI per code, status per kind.</summary>
public static class ErrorProblems
{
    public const string TypeBase = "https://crm.dev/errors/";

    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.BusinessRule => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.Locked => StatusCodes.Status423Locked,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static ProblemDetails ToProblemDetails(this Error error)
    {
        var status = StatusOf(error.Kind);
        ProblemDetails problem = error.FieldErrors is { Count: > 0 } fields
            ? new HttpValidationProblemDetails(fields.ToDictionary(f => f.Key, f => f.Value))
            : new ProblemDetails();
        problem.Type = TypeBase + error.Code;
        problem.Title = TitleOf(error.Kind);
        problem.Status = status;
        problem.Detail = error.Message;
        problem.Extensions["code"] = error.Code;
        if (error.Data is not null)
            foreach (var (key, value) in error.Data) problem.Extensions[key] = value;
        return problem;
    }

    public static IResult ToProblem(this Error error)
    {
        var problem = error.ToProblemDetails();
        return problem is HttpValidationProblemDetails v ? TypedResults.Problem(v) : TypedResults.Problem(problem);
    }

    private static string TitleOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => "The request is invalid.",
        ErrorKind.NotFound => "The resource was not found.",
        ErrorKind.Conflict => "The request conflicts with the current state.",
        ErrorKind.Forbidden => "You are not allowed to do this.",
        ErrorKind.Unauthorized => "Authentication is required.",
        ErrorKind.BusinessRule => "A business rule does not allow this.",
        ErrorKind.Locked => "The resource is locked.",
        ErrorKind.TooManyRequests => "Too many requests.",
        _ => "An error occurred.",
    };
}
